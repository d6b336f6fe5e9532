import type { Council } from '../../../domain/council/council.ts';
import type { FollowUpStatus } from '../../../domain/meetings/follow-up.ts';
import { t } from '../../../i18n/meetings/index.ts';
import {
  exitCodes,
  report,
  usage,
  withCouncil,
  type Command,
  type CommandContext,
} from '../cli-context.ts';
import { followUpLines } from './meeting-text.ts';

/** "in-progress" as typed (and "in_progress", as stored). */
const statusOption = (text: string): FollowUpStatus | undefined => {
  const status = text.trim().toLowerCase().replace('-', '_');
  return status === 'open' || status === 'in_progress' || status === 'done' ? status : undefined;
};

async function listPoints({ io, values }: CommandContext, council: Council): Promise<number> {
  const listed = await io.useCases.listFollowUp({
    councilId: council.id,
    ...(values.meeting === undefined ? {} : { meetingId: values.meeting }),
    all: values.all === true,
  });
  if (!listed.ok) return report(io, council.locale, listed);
  const lines =
    listed.value.length === 0
      ? [t(council.locale, 'cli.meeting.followup.none')]
      : listed.value.flatMap((point) => followUpLines(council.locale, point));
  io.out.write(`${lines.join('\n')}\n`);
  return exitCodes.ok;
}

async function setPoint({ io, values, args }: CommandContext, council: Council): Promise<number> {
  const { locale } = council;
  const pointId = args[1];
  if (pointId === undefined) return usage(io, t(locale, 'cli.meeting.followup.missing_point'));
  const status = values.status === undefined ? undefined : statusOption(values.status);
  if (values.status !== undefined && status === undefined)
    return usage(io, t(locale, 'cli.meeting.followup.bad_status', { status: values.status }));
  const set = await io.useCases.setFollowUp({
    councilId: council.id,
    actorId: values.as ?? '',
    pointId,
    ...(values.owner === undefined ? {} : { owner: values.owner }),
    ...(values.due === undefined ? {} : { due: values.due }),
    ...(status === undefined ? {} : { status }),
  });
  if (!set.ok) return report(io, locale, set);
  io.out.write(
    `${[t(locale, 'cli.meeting.followup.updated', { id: set.value.id }), ...followUpLines(locale, set.value)].join('\n')}\n`,
  );
  return exitCodes.ok;
}

/** The follow-up sheet: `meeting followup list [--meeting MØDE] [--all]` and `meeting followup set PUNKT …`. */
export const meetingFollowUpCommands: Readonly<Record<string, Command>> = {
  'meeting followup': withCouncil(async (context, council) => {
    const action = context.args[0];
    if (action === 'list') return listPoints(context, council);
    if (action === 'set') return setPoint(context, council);
    return usage(context.io, t(council.locale, 'cli.meeting.followup.usage'));
  }),
};
