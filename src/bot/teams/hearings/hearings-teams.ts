import type { TeamsPart } from '../teams-part.ts';
import { hearingCommands } from './hearing-commands.ts';
import { teamsHearingNotices } from './hearing-notices.ts';
import { hearingVerbs } from './hearing-verbs.ts';

/** Hearings in Teams: the hearing card's verbs, the form, management, and "ny høring" / "mine høringer". */
export const hearingsTeams: TeamsPart = {
  verbs: hearingVerbs,
  commands: hearingCommands,
  notices: (kit) => [teamsHearingNotices(kit)],
};
