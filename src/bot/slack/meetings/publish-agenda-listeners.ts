import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { ephemeralTo } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';
import { publishableMeetingsMessage } from './publish-agenda-blocks.ts';

/** "/raad offentliggoer": the upcoming meetings whose agenda can go out, each with its button. */
export const publishAgendaCommand: RaadSubcommand = {
  kind: 'publish_agenda',
  words: ['offentliggør', 'offentliggoer', 'offentliggor', 'publicer', 'publish'],
  async run(deps, { command, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const { council, member } = who;
    const listed = await deps.useCases.listPublishableMeetings({
      councilId: council.id,
      actorId: member.id,
    });
    if (!listed.ok) return tell(describeFailure(council.locale, listed));
    await tell(publishableMeetingsMessage(council.locale, listed.value));
  },
};

type ButtonClick = BlockAction<ButtonAction>;

/**
 * "Offentliggør dagsorden", after Slack's own confirm dialog: the use case
 * checks the role and the meeting (from the clicker's workspace, never the
 * payload's council), posts the overview through the outbox and plans the
 * reminders. The answer goes only to the secretary.
 */
export function registerPublishAgenda(app: App, deps: SlackDeps): void {
  app.action<ButtonClick>(
    { type: 'block_actions', action_id: meetingActionIds.publishAgenda },
    async ({ ack, action, body }) => {
      await ack();
      const tell = ephemeralTo(body.response_url);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const { council, member } = who;
      const published = await deps.useCases.publishAgenda({
        councilId: council.id,
        actorId: member.id,
        meetingId: action.value ?? '',
      });
      if (!published.ok) return tell(describeFailure(council.locale, published));
      const { record, again, reminders } = published.value;
      const params = { title: record.meeting.title, reminders: reminders.length };
      await tell(
        escapeMrkdwn(
          t(council.locale, again ? 'publish.chat.done_again' : 'publish.chat.done', params),
        ),
      );
    },
  );
}
