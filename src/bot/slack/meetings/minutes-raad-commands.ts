import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { minutesStatusLines } from '../../present/meetings/minutes-status.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser } from '../identify-slack-user.ts';
import type { RaadRequest, RaadSubcommand } from '../slack-part.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { openGenerateMinutes } from './minutes-listeners.ts';

const meetingIdPattern = /^[\w-]{1,200}$/;

/**
 * The meeting typed after the word, or, when none is, the one meant: the
 * latest begun whose minutes may be sent ('send'), or whose minutes went out
 * ('status'). Undefined after telling the person why there is none.
 */
async function meetingOf(
  deps: SlackDeps,
  request: RaadRequest,
  councilId: string,
  locale: 'da' | 'en',
  purpose: 'send' | 'status',
): Promise<string | undefined> {
  const typed = request.text.trim();
  if (typed !== '') {
    if (meetingIdPattern.test(typed)) return typed;
    await request.tell(t(locale, 'minutes.chat.bad_meeting'));
    return undefined;
  }
  const found = await deps.useCases.meetingForMinutes({ councilId, purpose });
  if (found.ok) return found.value;
  await request.tell(t(locale, 'minutes.chat.no_meeting'));
  return undefined;
}

/** /raad referat [møde]: the secretariat's "Generér referat" form. */
const generateMinutes: RaadSubcommand = {
  kind: 'minutes',
  words: ['referat', 'minutes'],
  argument: 'meeting',
  async run(deps, request) {
    const { command, client, tell } = request;
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const meetingId = await meetingOf(deps, request, who.council.id, who.council.locale, 'send');
    if (meetingId === undefined) return;
    await openGenerateMinutes(deps, {
      client,
      teamId: command.team_id,
      userId: command.user_id,
      triggerId: command.trigger_id,
      meetingId,
      tell,
    });
  },
};

/** /raad godkendelser [møde]: who has approved the referat (when, with remarks) and who has not. */
const minutesApprovals: RaadSubcommand = {
  kind: 'minutes_approvals',
  words: ['godkendelser', 'approvals'],
  argument: 'meeting',
  async run(deps, request) {
    const { command, tell } = request;
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const { council } = who;
    const meetingId = await meetingOf(deps, request, council.id, council.locale, 'status');
    if (meetingId === undefined) return;
    const status = await deps.useCases.minutesApprovalStatus({ councilId: council.id, meetingId });
    await tell(
      escapeMrkdwn(
        status.ok
          ? minutesStatusLines(council, status.value).join('\n')
          : describeFailure(council.locale, status),
      ),
    );
  },
};

export const minutesRaadCommands: readonly RaadSubcommand[] = [generateMinutes, minutesApprovals];
