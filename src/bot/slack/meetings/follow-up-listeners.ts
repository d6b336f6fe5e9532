import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { ChatActor } from '../../../app/council/identify-member.ts';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { followUpGroups } from '../../present/meetings/follow-up-groups.ts';
import type { SlackMessage } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { ephemeralTo } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { followUpMessage } from './follow-up-message.ts';
import { meetingActionIds } from './meeting-ids.ts';

/** The open points as this member sees them (their own with the button), or why not. */
async function followUpFor(
  deps: SlackDeps,
  { council, member }: ChatActor,
  banner?: string,
): Promise<SlackMessage | string> {
  const listed = await deps.useCases.followUpForMember({
    councilId: council.id,
    memberId: member.id,
  });
  if (!listed.ok) return escapeMrkdwn(describeFailure(council.locale, listed));
  const groups = followUpGroups(council.locale, listed.value);
  return followUpMessage(council.locale, groups, banner);
}

/** "/raad opfølgning": the follow-up sheet's open points, only to the one who asked. */
export const followUpCommand: RaadSubcommand = {
  kind: 'meeting_follow_up',
  words: ['opfølgning', 'opfoelgning', 'opfolgning', 'follow-up', 'followup'],
  async run(deps, { command, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    return tell(await followUpFor(deps, who));
  },
};

/**
 * "Markér som udført": the point's owner or the secretariat marks it done
 * (the use case checks who, so a forged click from anyone else changes
 * nothing and is told so); the sheet comes back with the line on top.
 */
export function registerFollowUpListeners(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: meetingActionIds.followUpDone },
    async ({ ack, action, body }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const { council, member } = who;
      const marked = await deps.useCases.markFollowUpDone({
        councilId: council.id,
        actorId: member.id,
        pointId: action.value ?? '',
      });
      if (!marked.ok) return tell(escapeMrkdwn(describeFailure(council.locale, marked)));
      const banner = t(council.locale, 'meeting.followup_chat.marked', {
        item: marked.value.item,
        title: marked.value.meetingTitle,
      });
      return tell(await followUpFor(deps, who, banner));
    },
  );
}
