/**
 * Events of the app's direct message as Slack sends them: a message with a
 * shared file (subtype file_share), or a long pasted text. Ids are invented.
 */
import { randomUUID } from 'node:crypto';
import { signSlackBody, slackIds, type SlackHttpRequest } from './slack-requests.ts';

export interface DirectMessageInput {
  readonly userId: string;
  readonly teamId?: string;
  /** Shared files, as the event lists them (files.info gives the rest). */
  readonly files?: readonly { id: string; name: string }[];
  readonly text?: string;
}

export function directMessageEvent(input: DirectMessageInput): SlackHttpRequest {
  const teamId = input.teamId ?? slackIds.team;
  const ts = `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const body = JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: slackIds.apiAppId,
    event: {
      type: 'message',
      channel: `D${input.userId.replace(/^[UW]/, '')}`,
      channel_type: 'im',
      user: input.userId,
      text: input.text ?? '',
      ts,
      event_ts: ts,
      ...(input.files === undefined
        ? {}
        : {
            subtype: 'file_share',
            files: input.files.map((file) => ({ id: file.id, name: file.name, mode: 'hosted' })),
          }),
    },
    type: 'event_callback',
    event_id: `Ev${randomUUID().replaceAll('-', '').slice(0, 12).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: slackIds.botUser,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  });
  return signSlackBody(body, 'application/json');
}
