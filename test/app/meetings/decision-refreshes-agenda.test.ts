import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import { aMeetingWithItems } from '../../domain/meetings/meeting-with-items.ts';
import type { MeetingStatus } from '../../../src/domain/meetings/meeting.ts';

const councilId = 'rar-test';

async function anAppWithMeeting(status: MeetingStatus) {
  const setup = await anAppWithCouncil();
  await setup.deps.meetings.saveMeeting(aMeetingWithItems({ status }));
  const on = (itemNumber: string) => ({
    councilId,
    meetingId: 'm0001',
    itemNumber,
    actorId: setup.roster.secretary.id,
  });
  return { ...setup, on };
}

const agendaRefresh = { kind: 'meeting_agenda_published', councilId, meetingId: 'm0001' };

describe('the published agenda follows recorded decisions', () => {
  it('a Beslutning on a published agenda queues the agenda notice again, so the item’s reply is updated in place', async () => {
    const { app, notifier, on } = await anAppWithMeeting('agenda_published');
    const recorded = await app.recordDecision({
      ...on('2.1'),
      text: 'Rådet vedtog indstillingen.',
    });
    expect(recorded.ok).toBe(true);
    expect(notifier.notices).toEqual([agendaRefresh]);
  });

  it('"Taget til efterretning" on a held meeting does the same', async () => {
    const { app, notifier, on } = await anAppWithMeeting('held');
    const noted = await app.noteItem({ ...on('3.1'), text: 'Taget til efterretning.' });
    expect(noted.ok).toBe(true);
    expect(notifier.notices).toEqual([agendaRefresh]);
  });

  it('a meeting whose agenda is not published yet has nothing in chat to update', async () => {
    const { app, notifier, on } = await anAppWithMeeting('planned');
    const recorded = await app.recordDecision({
      ...on('2.1'),
      text: 'Rådet vedtog indstillingen.',
    });
    expect(recorded.ok).toBe(true);
    expect(notifier.notices).toEqual([]);
  });

  it('a refused save (someone else saved meanwhile) queues nothing', async () => {
    const { app, notifier, on } = await anAppWithMeeting('agenda_published');
    await app.recordDecision({ ...on('2.1'), text: 'Rådet vedtog.' });
    notifier.notices.length = 0;
    const second = await app.recordDecision({
      ...on('2.1'),
      text: 'Noget andet.',
      seenRevision: 0,
    });
    expect(second).toMatchObject({ ok: false, code: 'decision_changed_meanwhile' });
    expect(notifier.notices).toEqual([]);
  });
});
