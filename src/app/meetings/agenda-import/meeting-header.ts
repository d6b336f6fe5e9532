import { findDanishDate, findTimeSpan } from './danish-dates.ts';

/**
 * The lines above the first item: the council, "Referat af Rådsmøde", the
 * date and time ("den 28. september 2023, kl. 13.00 til 16.00"), the place,
 * an online link and the afbud deadline. Each line read here adds to the
 * header; a line it cannot read is the caller's to report.
 */
export interface HeaderFacts {
  council?: string;
  title?: string;
  date?: string;
  from?: string;
  to?: string;
  place?: string;
  onlineLink?: string;
  afbudDeadline?: string;
}

const place = /^\s*(?:[-•*]\s*)?(?:Sted|Mødested|Lokale|Adresse)\s*:\s*(.+)$/iu;
const online = /^\s*(?:[-•*]\s*)?(?:Online|Link|Mødelink|Teams(?:-link)?)\s*:\s*(https?:\/\/\S+)/iu;
const bareLink = /^\s*(https?:\/\/\S+)\s*$/;
const afbud = /^\s*(?:[-•*]\s*)?(?:Afbud(?:sfrist)?(?:\s+senest)?|Frist for afbud)\s*:?\s*(.+)$/iu;
const documentTitle =
  /^\s*(?:Referat|Dagsorden|Beslutningsreferat)\b(?:\s+(?:af|for|til|fra))?\s*(.*)$/iu;
const dateLine = /^\s*(?:[-•*]\s*)?(?:Dato|Tid|Tidspunkt|Mødedato)?\s*:?\s*(?:den\s+)?\d/iu;
const meetingWord = /\b([\p{Lu}][\p{L}-]*møde)\b/u;
const council = /^\s*((?:RAR|KKR|Regionalt Arbejdsmarkedsråd|Rådet|Udvalget)\b.*)$/u;

const withTime = (date: string, time: string) => `${date}T${time}`;

function readDateAndTime(text: string, facts: HeaderFacts): boolean {
  const date = findDanishDate(text);
  const span = findTimeSpan(text);
  if (date === undefined && span.from === undefined) return false;
  if (date !== undefined) facts.date ??= date;
  if (span.from !== undefined) facts.from ??= span.from;
  if (span.to !== undefined) facts.to ??= span.to;
  return true;
}

/** "RAR Nordjyllands møde" → "RAR Nordjylland"; "Rådsmøde i RAR Østfyn" → "RAR Østfyn". */
function titleAndCouncil(words: string, facts: HeaderFacts): void {
  const withoutDate = words
    .replace(/[,\s]*(?:den\s+)?\d{1,2}\..*$/u, '')
    .replace(/[,\s]*(?:den)?\s*$/u, '')
    .trim();
  if (withoutDate === '') return;
  const named = /^(\S*møde)\s+(?:i|for|hos)\s+(.+)$/iu.exec(withoutDate);
  if (named) {
    facts.title ??= named[1];
    facts.council ??= named[2];
    return;
  }
  const own = meetingWord.exec(withoutDate);
  if (own && own.index === 0) facts.title ??= own[1];
  else facts.title ??= withoutDate;
  const genitive = /^(.+?)s\s+\S*møde$/u.exec(withoutDate);
  if (genitive) facts.council ??= genitive[1];
}

/** Reads one header line into the facts; false when it says nothing the header knows. */
export function readHeaderLine(text: string, facts: HeaderFacts): boolean {
  const atPlace = place.exec(text);
  if (atPlace) return Boolean((facts.place ??= atPlace[1]!.trim()));
  const link = online.exec(text) ?? bareLink.exec(text);
  if (link) return Boolean((facts.onlineLink ??= link[1]!));
  const deadline = afbud.exec(text);
  if (deadline) {
    const date = findDanishDate(deadline[1]!);
    if (date === undefined) return false;
    const { from } = findTimeSpan(deadline[1]!);
    facts.afbudDeadline ??= from === undefined ? date : withTime(date, from);
    return true;
  }
  const titled = documentTitle.exec(text);
  if (titled) {
    titleAndCouncil(titled[1]!, facts);
    readDateAndTime(titled[1]!, facts);
    return true;
  }
  if (dateLine.test(text) || /^\s*(?:den\s+)?\d/.test(text)) return readDateAndTime(text, facts);
  const namesCouncil = council.exec(text);
  // A council's name is a short line of its own, not the first words of a sentence.
  if (
    namesCouncil &&
    facts.council === undefined &&
    text.trim().length <= 60 &&
    !/[.:]$/.test(text.trim())
  ) {
    facts.council = namesCouncil[1]!.trim();
    return true;
  }
  const meeting = meetingWord.exec(text);
  if (meeting && meeting.index === text.trim().indexOf(meeting[1]!) && text.trim().length <= 80) {
    facts.title ??= meeting[1];
    readDateAndTime(text, facts);
    return true;
  }
  return false;
}

export function meetingTimes(facts: HeaderFacts): { start?: string; end?: string } {
  if (facts.date === undefined) return {};
  return {
    ...(facts.from ? { start: withTime(facts.date, facts.from) } : {}),
    ...(facts.to ? { end: withTime(facts.date, facts.to) } : {}),
  };
}
