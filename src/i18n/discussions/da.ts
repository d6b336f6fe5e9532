import { chatDa } from './chat-da.ts';
import { cliDa } from './cli-da.ts';
import { editDa } from './edit-da.ts';
import { errorsDa } from './errors-da.ts';
import { formationDa } from './formation-da.ts';
import { presentDa } from './present-da.ts';
import { slackDiscussionsDa } from './slack-da.ts';
import { slackEditDa } from './slack-edit-da.ts';
import { teamsDiscussionsDa } from './teams-da.ts';
import { teamsEditDa } from './teams-edit-da.ts';

/**
 * Danish for group discussions (gruppedrøftelser): the words of the sample
 * minutes — emne, ordstyrer, referent, opsamling, "til orientering og
 * kvalificering", "i høring til kommentering og supplering".
 * Each area's texts live in their own file, spread in here.
 */
export const da = {
  ...chatDa,
  ...cliDa,
  ...editDa,
  ...errorsDa,
  ...formationDa,
  ...presentDa,
  ...slackDiscussionsDa,
  ...slackEditDa,
  ...teamsDiscussionsDa,
  ...teamsEditDa,
};
