/**
 * The `file_shared` event as Slack sends it when someone shares a file in the
 * app's direct message (or any channel the bot is in). Ids are invented.
 */
import { randomUUID } from 'node:crypto';
import { signSlackBody, slackIds, type SlackHttpRequest } from './slack-requests.ts';

export interface FileSharedInput {
  readonly userId: string;
  readonly fileId: string;
  readonly teamId?: string;
  /** By default the user's direct message with the app. */
  readonly channelId?: string;
}

export function fileSharedEvent(input: FileSharedInput): SlackHttpRequest {
  const teamId = input.teamId ?? slackIds.team;
  const ts = `${Math.floor(Date.now() / 1000)}.000004`;
  const body = JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: slackIds.apiAppId,
    event: {
      type: 'file_shared',
      channel_id: input.channelId ?? `D${input.userId.replace(/^[UW]/, '')}`,
      file_id: input.fileId,
      user_id: input.userId,
      file: { id: input.fileId },
      event_ts: ts,
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
