import type { Params } from '../messages.ts';

/** Danish for the meeting clicks' later answers: a remark after one's approval, earlier follow-up above an agenda. */
export const fixesChatDa = {
  'minutes.chat.remark_after_approval': (p: Params) =>
    `Du godkendte referatet af ${p['title']} kl. ${p['at']}, og den godkendelse står ved magt. En bemærkning gives sammen med godkendelsen; skriv til sekretariatet, hvis du vil tilføje noget.`,
  'meeting.agenda.followup_more_slack': (p: Params) =>
    `… og ${p['count']} mere — se /raad opfølgning`,
  'meeting.agenda.followup_more_teams': (p: Params) =>
    `… og ${p['count']} mere — skriv «opfølgning»`,
} as const;
