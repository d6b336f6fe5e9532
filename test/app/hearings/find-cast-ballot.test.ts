import { describe, expect, it } from 'vitest';
import { WriteOutcomeUnknownError } from '../../../src/app/ports.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

/** A store whose write answer is lost: `stored` says whether the write landed first. */
async function aCouncilWhoseWriteAnswerIsLost(stored: boolean) {
  const setup = await anAppWithCouncil();
  const opened = await setup.app.openHearing({
    councilId: 'rar-test',
    actorId: setup.roster.secretary.id,
    title: 'Regional strategi 2027',
    proposal: 'Formandskabet indstiller, at Rådet godkender strategien.',
    deadlineDate: '2026-11-27',
    deadlineTime: '12:00',
  });
  if (!opened.ok) throw new Error(opened.code);
  const { hearings } = setup.deps;
  const write = hearings.castBallot.bind(hearings);
  hearings.castBallot = async (...args) => {
    if (stored) await write(...args);
    throw new WriteOutcomeUnknownError(new Error('Command timed out'));
  };
  return { ...setup, hearingId: opened.value.id };
}

describe('a ballot whose write went unanswered', () => {
  it('is reported as unknown, never as failed, and read back as stored when it landed', async () => {
    const { app, roster, hearingId, clock } = await aCouncilWhoseWriteAnswerIsLost(true);
    const actorId = roster.members[1]!.id;
    const cast = await app.castBallot({ councilId: 'rar-test', hearingId, actorId, choice: 'for' });
    expect(cast).toMatchObject({
      ok: false,
      code: 'outcome_unknown',
      params: { castAt: clock.now().toISOString() },
    });
    if (cast.ok) return;

    const found = await app.findCastBallot({
      councilId: 'rar-test',
      hearingId,
      actorId,
      choice: 'for',
      castAt: String(cast.params?.['castAt']),
    });
    expect(found).toMatchObject({
      ok: true,
      value: { ballot: { seatId: actorId, choice: 'for' } },
    });
  });

  it('is read back as not stored when it never landed', async () => {
    const { app, roster, hearingId } = await aCouncilWhoseWriteAnswerIsLost(false);
    const actorId = roster.members[1]!.id;
    const cast = await app.castBallot({ councilId: 'rar-test', hearingId, actorId, choice: 'for' });
    if (cast.ok) throw new Error('the write answer was lost');

    const found = await app.findCastBallot({
      councilId: 'rar-test',
      hearingId,
      actorId,
      choice: 'for',
      castAt: String(cast.params?.['castAt']),
    });
    expect(found.ok && found.value.ballot).toBeUndefined();
    expect(found.ok).toBe(true);
  });
});
