import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { minutesStatusLines } from '../../present/meetings/minutes-status.ts';
import { sendCard, sendText, type KnownSpeaker, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TextCommand, TypedText } from '../text-commands.ts';
import { generateMinutesForm } from './minutes-verbs.ts';

const meetingIdPattern = /^[\w-]{1,200}$/;

/**
 * The meeting typed after the word (its case kept), or, when none is, the
 * one meant: the latest begun whose minutes may be sent, or whose minutes
 * went out. A sentence when there is none.
 */
async function meetingOf(
  kit: TeamsKit,
  { match, original }: TypedText,
  { council }: KnownSpeaker,
  purpose: 'send' | 'status',
): Promise<{ id: string } | { text: string }> {
  const typed =
    match[1] === undefined ? '' : original.slice(original.length - match[1].length).trim();
  if (typed !== '')
    return meetingIdPattern.test(typed)
      ? { id: typed }
      : { text: t(council.locale, 'minutes.chat.bad_meeting') };
  const found = await kit.deps.useCases.meetingForMinutes({ councilId: council.id, purpose });
  return found.ok ? { id: found.value } : { text: t(council.locale, 'minutes.chat.no_meeting') };
}

/** "referat [møde]": the secretariat's "Generér referat" form. */
const generateMinutes: TextCommand = {
  pattern: /^(?:referat|minutes)(?:\s+(\S+))?$/,
  help: 'help.minutes.referat',
  who: 'member',
  async run(kit, context, typed, speaker) {
    const meeting = await meetingOf(kit, typed, speaker, 'send');
    if ('text' in meeting) return sendText(context, meeting.text);
    const form = await generateMinutesForm(kit, speaker, meeting.id);
    return typeof form === 'string' ? sendText(context, form) : sendCard(context, form);
  },
};

/** "godkendelser [møde]": who has approved the referat (when, with remarks) and who has not. */
const minutesApprovals: TextCommand = {
  pattern: /^(?:godkendelser|approvals)(?:\s+(\S+))?$/,
  help: 'help.minutes.godkendelser',
  who: 'member',
  async run(kit, context, typed, speaker) {
    const meeting = await meetingOf(kit, typed, speaker, 'status');
    if ('text' in meeting) return sendText(context, meeting.text);
    const { council } = speaker;
    const status = await kit.deps.useCases.minutesApprovalStatus({
      councilId: council.id,
      meetingId: meeting.id,
    });
    return sendText(
      context,
      status.ok
        ? minutesStatusLines(council, status.value).join('\n\n')
        : describeFailure(council.locale, status),
    );
  },
};

export const minutesCommands: readonly TextCommand[] = [generateMinutes, minutesApprovals];
