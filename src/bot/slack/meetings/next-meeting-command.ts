import { describeFailure } from '../../../i18n/meetings/index.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser } from '../identify-slack-user.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { nextMeetingBlocks, nextMeetingText } from './next-meeting-blocks.ts';

/** "/raad næste [møde]": the member's next meeting, as App Home shows it, only to them. */
export const nextMeetingCommand: RaadSubcommand = {
  kind: 'meeting_next',
  words: ['næste', 'naeste', 'next'],
  async run(deps, { command, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const next = await deps.useCases.nextMeetingForMember({
      councilId: who.council.id,
      memberId: who.member.id,
    });
    if (!next.ok) return tell(escapeMrkdwn(describeFailure(who.council.locale, next)));
    return tell({ text: nextMeetingText(next.value), blocks: nextMeetingBlocks(next.value) });
  },
};
