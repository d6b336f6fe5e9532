/**
 * Hearing views for the pure card tests, made by the real use cases over the
 * in-memory twins with a fixed clock, so snapshots are stable.
 */
import type { OpenHearingInput } from '../../../../src/app/hearings/open-hearing.ts';
import type { HearingView } from '../../../../src/app/hearings/view-hearing.ts';
import type { Choice } from '../../../../src/domain/hearings/hearing.ts';
import { anAppWithCouncil } from '../../../fakes/in-memory-app.ts';

type Roster = Awaited<ReturnType<typeof anAppWithCouncil>>['roster'];

export async function aHearingView(
  options: {
    input?: Partial<OpenHearingInput>;
    ballots?: readonly [memberIndex: number, choice: Choice, reason?: string][];
    absentMemberIndex?: number;
    /** A member who declared inhabilitet in this hearing. */
    recusedMemberIndex?: number;
    /** The substitute's (roster.substitute, for members[0]) answer; needs absentMemberIndex 0. */
    substituteChoice?: Choice;
    close?: boolean;
    cancel?: boolean;
    viewer?: (roster: Roster) => string;
    locale?: 'da' | 'en';
  } = {},
): Promise<HearingView> {
  const { app, roster, council, deps } = await anAppWithCouncil();
  if (options.locale) await deps.councils.saveCouncil({ ...council, locale: options.locale });
  const opened = await app.openHearing({
    councilId: council.id,
    actorId: roster.secretary.id,
    title: 'Udkast til beskæftigelsesplan 2027',
    proposal: 'Formandskabet indstiller, at Rådet godkender udkastet til beskæftigelsesplan 2027.',
    agendaItem: '2.1.1',
    deadlineDate: '2026-11-28',
    deadlineTime: '12:00',
    ...options.input,
  });
  if (!opened.ok) throw new Error(`openHearing: ${opened.code} ${opened.field ?? ''}`);
  const hearingId = opened.value.id;
  if (options.absentMemberIndex !== undefined) {
    const absent = roster.members[options.absentMemberIndex]!;
    await app.registerAbsence({ councilId: council.id, memberId: absent.id, hearingId });
  }
  if (options.recusedMemberIndex !== undefined) {
    const recused = roster.members[options.recusedMemberIndex]!;
    const declared = await app.declareRecusal({
      councilId: council.id,
      hearingId,
      memberId: recused.id,
    });
    if (!declared.ok) throw new Error(`declareRecusal: ${declared.code}`);
  }
  if (options.substituteChoice) {
    const cast = await app.castBallot({
      councilId: council.id,
      hearingId,
      actorId: roster.substitute.id,
      choice: options.substituteChoice,
    });
    if (!cast.ok) throw new Error(`castBallot (substitute): ${cast.code}`);
  }
  for (const [index, choice, reason] of options.ballots ?? []) {
    const member = roster.members[index]!;
    const cast = await app.castBallot({
      councilId: council.id,
      hearingId,
      actorId: member.id,
      choice,
      ...(reason ? { reason } : {}),
    });
    if (!cast.ok) throw new Error(`castBallot: ${cast.code}`);
  }
  if (options.close)
    await app.closeHearing({ councilId: council.id, hearingId, actorId: roster.secretary.id });
  if (options.cancel)
    await app.cancelHearing({ councilId: council.id, hearingId, actorId: roster.secretary.id });
  const view = await app.viewHearing({
    councilId: council.id,
    hearingId,
    ...(options.viewer ? { viewerId: options.viewer(roster) } : {}),
  });
  if (!view.ok) throw new Error(`viewHearing: ${view.code}`);
  return view.value;
}
