import type { Council } from '../../../domain/council/council.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { localDateTimeOf } from '../../../domain/meetings/meeting-record.ts';
import { t } from '../../../i18n/meetings/index.ts';
import {
  exitCodes,
  report,
  usage,
  withCouncil,
  type CliIo,
  type Command,
  type CommandContext,
} from '../cli-context.ts';
import { localDateTimeOption } from './meeting-commands.ts';
import { localMoment } from './meeting-attendance-commands.ts';
import { meetingWhen } from './meeting-text.ts';

const say = (io: CliIo, lines: readonly string[]): number => {
  io.out.write(`${lines.join('\n')}\n`);
  return exitCodes.ok;
};

const titled = (council: Council, meeting: Meeting) => ({
  title: meeting.title,
  when: meetingWhen(council.locale, meeting),
});

/** An ISO instant as "03.12.2026 kl. 15.10" in the council's time. */
const instant = (council: Council, iso: string): string =>
  localMoment(council.locale, localDateTimeOf(new Date(iso), council.timeZone));

async function sendForApproval(
  { io, values }: CommandContext,
  council: Council,
  meetingId: string,
) {
  const locale = council.locale;
  if (values.deadline === undefined) return usage(io, t(locale, 'cli.approval.missing_deadline'));
  const sent = await io.useCases.sendMinutesForApproval({
    councilId: council.id,
    actorId: values.as ?? '',
    meetingId,
    deadline: localDateTimeOption(values.deadline),
    ...(values.ended === undefined ? {} : { endedAt: values.ended }),
  });
  if (!sent.ok) return report(io, locale, sent);
  const { record, round, participants } = sent.value;
  return say(io, [
    t(locale, 'cli.approval.sent', {
      ...titled(council, record.meeting),
      count: participants.length,
      deadline: localMoment(locale, round.deadline),
    }),
  ]);
}

async function approvalStatus({ io }: CommandContext, council: Council, meetingId: string) {
  const locale = council.locale;
  const shown = await io.useCases.minutesApprovalStatus({ councilId: council.id, meetingId });
  if (!shown.ok) return report(io, locale, shown);
  const { record, round, approved, waiting } = shown.value;
  return say(io, [
    t(locale, 'cli.approval.status_title', {
      ...titled(council, record.meeting),
      status: t(locale, `meeting.status.${record.meeting.status}`),
    }),
    ...(round === undefined
      ? []
      : [t(locale, 'cli.approval.deadline', { deadline: localMoment(locale, round.deadline) })]),
    t(locale, 'cli.approval.approved_list', { count: approved.length }),
    ...approved.map(({ member, approval }) =>
      t(locale, 'cli.approval.approved_line', {
        name: member.name,
        at: instant(council, approval.approvedAt),
        comment: approval.comment ?? '',
      }),
    ),
    t(locale, 'cli.approval.waiting_list', {
      count: waiting.length,
      names:
        waiting.length === 0
          ? t(locale, 'cli.attendance.nobody')
          : waiting.map((member) => member.name).join(', '),
    }),
  ]);
}

/** It cannot be undone, so it asks for --yes first, naming the meeting and the count. */
async function closeApproval({ io, values }: CommandContext, council: Council, meetingId: string) {
  const locale = council.locale;
  const input = { councilId: council.id, actorId: values.as ?? '', meetingId };
  if (values.yes !== true) {
    const checked = await io.useCases.closeMinutesApproval({ ...input, onlyCheck: true });
    if (!checked.ok) return report(io, locale, checked);
    const status = await io.useCases.minutesApprovalStatus({ councilId: council.id, meetingId });
    const [approved, total] = status.ok
      ? [status.value.approved.length, status.value.approved.length + status.value.waiting.length]
      : [0, 0];
    io.err.write(
      `${t(locale, 'cli.approval.close_needs_yes', { ...titled(council, checked.value.meeting), approved, total })}\n`,
    );
    return exitCodes.refused;
  }
  const closed = await io.useCases.closeMinutesApproval(input);
  if (!closed.ok) return report(io, locale, closed);
  return say(io, [t(locale, 'cli.approval.closed', titled(council, closed.value.meeting))]);
}

async function approve({ io, values }: CommandContext, council: Council, meetingId: string) {
  const locale = council.locale;
  const approved = await io.useCases.approveMinutes({
    councilId: council.id,
    actorId: values.as ?? '',
    meetingId,
    ...(values.comment === undefined ? {} : { comment: values.comment }),
  });
  if (!approved.ok) return report(io, locale, approved);
  const { record, member, approval, added } = approved.value;
  return say(io, [
    t(locale, added ? 'cli.approval.approved' : 'cli.approval.approved_repeat', {
      name: member.name,
      title: record.meeting.title,
      at: instant(council, approval.approvedAt),
    }),
    ...(approval.comment === undefined
      ? []
      : [t(locale, 'cli.approval.remark', { comment: approval.comment })]),
  ]);
}

/**
 * `meeting approve MØDE …`: --send (the secretariat, with --deadline),
 * --close --yes (the secretariat), or a member's approval; and `meeting
 * approvals MØDE`: who has approved and who has not.
 */
export const meetingApprovalCommands: Readonly<Record<string, Command>> = {
  'meeting approve': withCouncil(async (context, council) => {
    const meetingId = context.args[0];
    if (meetingId === undefined)
      return usage(context.io, t(council.locale, 'cli.meeting.missing_id', { command: 'approve' }));
    if (context.values.send === true) return sendForApproval(context, council, meetingId);
    if (context.values.close === true) return closeApproval(context, council, meetingId);
    return approve(context, council, meetingId);
  }),
  'meeting approvals': withCouncil(async (context, council) => {
    const meetingId = context.args[0];
    if (meetingId === undefined)
      return usage(
        context.io,
        t(council.locale, 'cli.meeting.missing_id', { command: 'approvals' }),
      );
    return approvalStatus(context, council, meetingId);
  }),
};
