import type { Params } from '../messages.ts';
import type { decisionsDa } from './decisions-da.ts';

const tally = (p: Params): string =>
  `For ${p['for']}, Against ${p['against']}, Abstain ${p['abstain']}`;

/** English for decisions, "noted" and the follow-up sheet. Spread into en.ts. */
export const decisionsEn = {
  'error.decision_item_not_found': (p: Params) =>
    `The meeting has no item ${p['item']}. Check the item's number on the agenda.`,
  'cli.hint.decision_item_not_found': 'See the items with "meeting show MEETING".',
  'error.noted_only_for_information': (p: Params) =>
    `Item ${p['item']} is not an information item (O). "Noted" is for O items only; write the decision instead.`,
  'error.decision_after_approval':
    'The minutes are approved, and the decisions now stand in the approved minutes. Nothing was changed.',
  'error.decision_changed_meanwhile': (p: Params) =>
    [
      p['by'] === ''
        ? `Item ${p['item']} has changed since you opened it.`
        : `Item ${p['item']} was changed by ${p['by']} on ${String(p['date']).split('-').reverse().join('/')} at ${p['time']}, after you opened it (now revision ${p['revision']}).`,
      p['current'] === '' ? '' : `The decision now reads: "${p['current']}"`,
      `Your text was not saved: "${p['yours']}"`,
    ]
      .filter((line) => line !== '')
      .join('\n'),
  'error.follow_up_point_not_found': (p: Params) =>
    `There is no follow-up point ${p['point']}. A point is MEETING/ITEM, e.g. m0001/2.1.`,
  'cli.hint.follow_up_point_not_found': 'See the points with "meeting followup list".',
  'error.follow_up_nothing_to_set':
    'Say what to change: the owner, the due date or the status. Nothing was changed.',

  'meeting.decision.noted_text': 'Noted.',
  'meeting.decision.prefill.adopted': (p: Params) =>
    `The council adopted the recommendation (${tally(p)})`,
  'meeting.decision.prefill.rejected': (p: Params) =>
    `The council rejected the recommendation (${tally(p)})`,
  'meeting.decision.prefill.no_quorum': (p: Params) =>
    `The council had no quorum in the hearing: answers from ${p['responded']} of ${p['eligible']} (${tally(p)})`,
  'meeting.decision.prefill.silence_adopted':
    'The council approved the recommendation by silence: no objections before the deadline',
  'meeting.decision.prefill.silence_rejected': (p: Params) =>
    `The recommendation was not approved by silence: ${p['objections']} ${Number(p['objections']) === 1 ? 'objection' : 'objections'} before the deadline`,
  'meeting.decision.prefill.comments': (p: Params) =>
    `The council commented on the recommendation in a hearing: ${p['comments']} responses from ${p['responded']} of ${p['eligible']}`,
  'meeting.decision.action.recorded': 'written',
  'meeting.decision.action.changed': 'changed',
  'meeting.decision.action.noted': 'noted',

  'meeting.followup.heading': 'Follow-up from earlier meetings',
  'meeting.followup.status.open': 'open',
  'meeting.followup.status.in_progress': 'in progress',
  'meeting.followup.status.done': 'done',
  'meeting.followup.owner': (p: Params) => `owner: ${p['owner']}`,
  'meeting.followup.no_owner': 'no owner',
  'meeting.followup.due': (p: Params) => `due ${p['date']}`,
  'meeting.followup.from': (p: Params) => `from ${p['title']} ${p['date']}, item ${p['item']}`,
  'meeting.show.decision': (p: Params) => `Decision (revision ${p['revision']}): ${p['text']}`,

  'cli.meeting.decision.missing_item': (p: Params) =>
    `Give the meeting and the item's number after "meeting ${p['command']}", e.g. "meeting ${p['command']} m0001 2.1".`,
  'cli.meeting.decision.draft_heading': (p: Params) =>
    `Draft decision on item ${p['item']} ${p['title']}:`,
  'cli.meeting.decision.from_hearing': (p: Params) => `(from the hearing "${p['title']}")`,
  'cli.meeting.decision.from_decision': (p: Params) =>
    `(the saved decision, revision ${p['revision']}, by ${p['by']})`,
  'cli.meeting.decision.from_imported': '(from the imported agenda or minutes)',
  'cli.meeting.decision.nothing': 'The item has no decision yet.',
  'cli.meeting.decision.save_hint': (p: Params) =>
    `Save with: npm run cli -- meeting decide ${p['meeting']} ${p['item']} --text "…" --revision ${p['revision']} --as ID${p['hearing'] === 'yes' ? ' (or --from-hearing instead of --text)' : ''}`,
  'cli.meeting.decision.reapply': (p: Params) =>
    `Read the new decision with "meeting decide ${p['meeting']} ${p['item']} --as ID", and save your text again with --revision ${p['revision']} if it should still stand.`,
  'cli.meeting.decision.recorded': (p: Params) =>
    `The decision on item ${p['item']} is saved (revision ${p['revision']}).`,
  'cli.meeting.decision.noted': (p: Params) =>
    `Item ${p['item']} is noted (revision ${p['revision']}).`,
  'cli.meeting.decision.no_hearing': (p: Params) =>
    `No closed hearing with a result sits on item ${p['item']}. Write the decision with --text.`,
  'cli.meeting.decision.text_or_hearing': 'Use either --text or --from-hearing, not both.',
  'cli.meeting.decision.bad_revision':
    '--revision must be a whole number, 0 or more, e.g. --revision 2.',
  'cli.meeting.decisions.none': 'No decision has been written or changed yet.',
  'cli.meeting.decisions.line': (p: Params) =>
    `${p['when']}  item ${p['item']}  ${p['action']} by ${p['by']} (revision ${p['revision']})`,
  'cli.meeting.decisions.before': (p: Params) => `    before: ${p['text']}`,
  'cli.meeting.decisions.after': (p: Params) => `    after:  ${p['text']}`,
  'cli.meeting.followup.usage':
    'Use "meeting followup list [--meeting MEETING] [--all]" or "meeting followup set POINT [--owner NAME] [--due YYYY-MM-DD] [--status open|in-progress|done] --as ID".',
  'cli.meeting.followup.missing_point':
    'Give the point after "meeting followup set", e.g. m0001/2.1. See them with "meeting followup list".',
  'cli.meeting.followup.bad_status': (p: Params) =>
    `--status must be open, in-progress or done, not "${p['status']}".`,
  'cli.meeting.followup.none': 'There are no follow-up points to show.',
  'cli.meeting.followup.updated': (p: Params) => `Follow-up point ${p['id']} is updated:`,
} satisfies Record<keyof typeof decisionsDa, unknown>;
