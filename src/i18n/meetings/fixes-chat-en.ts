import type { Params } from '../messages.ts';

/** English for the meeting clicks' later answers: a remark after one's approval, earlier follow-up above an agenda. */
export const fixesChatEn = {
  'minutes.chat.remark_after_approval': (p: Params) =>
    `You approved the minutes of ${p['title']} at ${p['at']}, and that approval stands. A remark goes with the approval; write to the secretariat if you want to add something.`,
  'meeting.agenda.followup_more_slack': (p: Params) =>
    `… and ${p['count']} more — see /raad followup`,
  'meeting.agenda.followup_more_teams': (p: Params) =>
    `… and ${p['count']} more — write «followup»`,
} as const;
