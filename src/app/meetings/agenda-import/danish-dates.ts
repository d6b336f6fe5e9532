/**
 * Dates and times as Danish minutes write them: "den 28. september 2023, kl.
 * 13.00 til 16.00", "20.01.2021", "kl. 13-16".
 */
const months = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

const pad = (value: number) => String(value).padStart(2, '0');

const writtenDate = new RegExp(`(\\d{1,2})\\.\\s*(${months.join('|')})\\s+(\\d{4})`, 'iu');
const numericDate = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/;
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 'YYYY-MM-DD' of the first date in the text. */
export function findDanishDate(text: string): string | undefined {
  const written = writtenDate.exec(text);
  if (written)
    return validDate(
      Number(written[3]),
      months.indexOf(written[2]!.toLowerCase()) + 1,
      Number(written[1]),
    );
  const iso = isoDate.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = numericDate.exec(text);
  if (numeric) return validDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return undefined;
}

const time = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
const timeSpan = new RegExp(
  `\\bkl\\.?\\s*${time}(?:\\s*(?:til|-|–)\\s*(?:kl\\.?\\s*)?${time})?`,
  'iu',
);

function validTime(hour: string | undefined, minute: string | undefined): string | undefined {
  if (hour === undefined) return undefined;
  const h = Number(hour);
  const m = Number(minute ?? '0');
  return h < 24 && m < 60 ? `${pad(h)}:${pad(m)}` : undefined;
}

/** "kl. 13.00 til 16.00" → { from: '13:00', to: '16:00' }. */
export function findTimeSpan(text: string): { from?: string; to?: string } {
  const match = timeSpan.exec(text);
  if (match === null) return {};
  const from = validTime(match[1], match[2]);
  const to = validTime(match[3], match[4]);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
