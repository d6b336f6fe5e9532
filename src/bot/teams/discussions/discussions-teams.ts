import type { CardVerb } from '../card-verbs.ts';
import type { TextCommand } from '../text-commands.ts';
import type { TeamsPart } from '../teams-part.ts';
import { teamsDiscussionNotices } from './discussion-notices.ts';
import { editVerbs } from './edit-teams.ts';
import { proposalVerbs } from './proposal-verbs.ts';
import { setupCommand, setupVerbs } from './setup-teams.ts';
import { signUpVerbs } from './sign-up-verbs.ts';
import { statusCommand, statusVerbs } from './status-teams.ts';
import { summaryVerbs } from './summary-verbs.ts';

/** Every card verb of group discussions, in no particular order. */
const verbs: readonly CardVerb[] = [
  ...setupVerbs,
  ...signUpVerbs,
  ...proposalVerbs,
  ...summaryVerbs,
  ...statusVerbs,
  ...editVerbs,
];

/** What can be typed about group discussions; the help lists them in this order. */
const commands: readonly TextCommand[] = [setupCommand, statusCommand];

/**
 * Group discussions in Teams: the set-up card (typed, or from a D item),
 * the sign-up card in the council's channel, the proposal, the groups'
 * messages, the summary card, "grupper" and the opsamling.
 */
export const discussionsTeams: TeamsPart = {
  verbs,
  commands,
  notices: (kit) => teamsDiscussionNotices(kit),
};
