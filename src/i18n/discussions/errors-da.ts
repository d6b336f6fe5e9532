import type { Params } from '../messages.ts';

const timesOutOfOrderDa: Readonly<Record<string, string>> = {
  signUpDeadline: 'Tilmeldingsfristen skal ligge efter nu.',
  windowStart: 'Drøftelsen kan tidligst starte ved tilmeldingsfristen.',
  windowEnd: 'Drøftelsen skal slutte efter, den er startet.',
  summariesDue: 'Fristen for opsamlinger kan tidligst være, når drøftelsen slutter.',
  summariesDuePassed: 'Fristen for opsamlinger skal ligge efter nu.',
};

/** A council-local 'YYYY-MM-DDTHH:mm' as Danish writes it: "27.11.2026 kl. 12.00". */
function localWhen(value: unknown): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(String(value ?? ''));
  if (match === null) return String(value ?? '');
  const [, year, month, day, hour, minute] = match;
  return `${day}.${month}.${year} kl. ${hour}.${minute}`;
}

/** "answers.1" → "Svar 2 er for langt"; "notes" → "Noterne er for lange". */
const summaryFieldDa = (field: unknown): string => {
  const answer = /^answers\.(\d+)$/.exec(String(field));
  return answer ? `Svar ${Number(answer[1]) + 1} er for langt` : 'Noterne er for lange';
};

/** Danish for the group discussions' failures (src/domain/discussions/errors.ts). Spread into da.ts. */
export const errorsDa = {
  'error.discussion_not_found':
    'Gruppedrøftelsen findes ikke (længere). Se listen over rådets gruppedrøftelser.',
  'error.discussion_without_topics':
    'Giv gruppedrøftelsen mindst ét emne med en titel og mindst ét spørgsmål.',
  'error.discussion_times_out_of_order': (p: Params) =>
    timesOutOfOrderDa[String(p['field'])] ??
    'Tiderne skal komme i rækkefølge: tilmeldingsfrist, drøftelsens start og slut, frist for opsamlinger.',
  'error.discussion_room_links_mismatch': (p: Params) =>
    `Der er ${p['links']} links til mødelokaler til ${p['groups']} grupper. Giv ét link til alle grupper eller præcis ét pr. gruppe; ret dem med «Ret opsætning» under «grupper».`,
  'error.not_allowed_to_manage_discussions':
    'Kun sekretariatet og formandskabet kan sætte gruppedrøftelser op, danne grupper og samle op. Intet blev ændret.',
  'error.discussion_item_not_discussion': (p: Params) =>
    `Punkt ${p['item']} er ikke et drøftelsespunkt (D). En gruppedrøftelse hører til et D-punkt — eller sæt den op for sig selv.`,
  'error.discussion_sign_up_closed': (p: Params) =>
    `Tilmeldingen er lukket (fristen var ${localWhen(p['deadline'])}), eller grupperne er udsendt. Kontakt sekretariatet, hvis du skal flyttes.`,
  'error.discussion_topic_unknown': (p: Params) =>
    `Emne ${p['topic']} findes ikke i denne gruppedrøftelse. Vælg et af de viste emner.`,
  'error.not_a_discussion_participant':
    'Du er ikke blandt deltagerne i denne gruppedrøftelse. Kontakt sekretariatet, hvis det er en fejl.',
  'error.discussion_participant_has_afbud':
    'Du har meldt afbud til mødet, så din suppleant deltager i gruppedrøftelsen i stedet. Træk dit afbud tilbage for at være med.',
  'error.discussion_no_proposal': 'Der er ingen grupper at melde ud endnu. Dan grupperne først.',
  'error.discussion_already_announced':
    'Grupperne er allerede udsendt. Derefter kan kun rollerne skifte hænder, og opsætningen rettes under «Ret opsætning».',
  'error.discussion_not_announced': 'Grupperne er ikke udsendt endnu.',
  'error.discussion_cancelled': 'Gruppedrøftelsen er aflyst. Intet blev ændret.',
  'error.discussion_not_group_writer':
    'Kun gruppens referent (eller ordstyreren, hvis referenten er gået) eller sekretariatet kan skrive gruppens opsamling.',
  'error.discussion_summary_answers_mismatch': (p: Params) =>
    `Opsamlingen skal have ét svar pr. spørgsmål: ${p['questions']} spørgsmål, men ${p['answers']} svar.`,
  'error.discussion_summary_too_long': (p: Params) =>
    `${summaryFieldDa(p['field'])}: højst ${p['limit']} tegn. Forkort teksten; intet blev gemt.`,
  'error.discussion_summaries_closed': (p: Params) =>
    `Fristen for opsamlinger er overskredet (${localWhen(p['due'])}). Kontakt sekretariatet.`,
  'error.discussion_no_summaries':
    'Ingen grupper har sendt deres opsamling endnu, så der er intet at samle op.',
  'error.discussion_not_compiled':
    'Opsamlingen er ikke samlet endnu. Saml op først, og send den så i høring.',
  'error.discussion_changed_meanwhile':
    'Nogen har ændret det samme imens. Åbn det igen, så du ser den nyeste udgave; intet blev overskrevet.',
  'error.discussion_already_compiled':
    'Opsamlingen er allerede sendt til rådet, så gruppedrøftelsen kan ikke aflyses.',
  'error.discussion_opsamling_already_sent': (p: Params) =>
    p['hearingId']
      ? `Opsamlingen er allerede sendt i høring (høring ${p['hearingId']}).`
      : 'Opsamlingen er allerede sendt i høring.',
  'field.signUpDeadline': 'Tilmeldingsfrist',
  'field.windowStart': 'Drøftelsen starter',
  'field.windowEnd': 'Drøftelsen slutter',
  'field.summariesDue': 'Frist for opsamlinger',
  'field.groupCount': 'Antal grupper',
  'field.groupSize': 'Gruppestørrelse',
  'field.roomLinks': 'Rumlinks',
  'field.topics': 'Emner',
  'field.topic': 'Emne',
  'field.groupKey': 'Gruppe (A1, B1 …)',
  'field.answers': 'Svar',
  'field.notes': 'Gruppens noter',
  'field.itemNumber': 'Punkt',
  'field.discussionId': 'Gruppedrøftelse',
  'problem.one_of_count_or_size': 'angiv enten antal grupper eller gruppestørrelse, ikke begge.',
  'error.discussion_reformed_before_announcing':
    'Siden grupperne blev dannet, har nogen meldt afbud eller ændret deres valg, så grupperne er dannet igen (dine flytninger og roller er beholdt). Se det nye forslag, og udsend grupperne igen.',
};
