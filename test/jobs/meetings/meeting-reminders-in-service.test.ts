import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunningClock } from '../../fakes/running-clock.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../support/start-test-raadsbot.ts';
import { eventually } from '../jobs-harness.ts';

let bot: TestRaadsbot;
const clock = new RunningClock('2027-03-15T09:00:00.000Z');

beforeAll(async () => {
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'true' },
    { label: 'meeting-reminder-service', clock },
  );
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-tjeneste, name: RAR Tjenesten }
members:
  - { id: sek, name: Sigrid Sekretær, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Finn Formand, organisation: DA, role: formand }
`,
  });
  if (!imported.ok) throw new Error(imported.code);
});
afterAll(async () => bot?.shutdown());

describe('the service', () => {
  it("runs a published meeting's reminder on its own workers and hands the notice to the outbox", async () => {
    const created = await bot.useCases.createMeeting({
      councilId: 'rar-tjeneste',
      actorId: 'sek',
      title: 'Rådsmøde',
      start: '2027-03-25T10:00',
      end: '2027-03-25T13:00',
    });
    if (!created.ok) throw new Error(created.code);
    const meetingId = created.value.meeting.id;
    // Thursday 25 March 2027, 08.59.58.5 in Copenhagen: just before the hour-before reminder.
    clock.set('2027-03-25T07:59:58.500Z');
    const published = await bot.useCases.publishAgenda({
      councilId: 'rar-tjeneste',
      actorId: 'sek',
      meetingId,
    });
    expect(published.ok && published.value.reminders.map(({ key }) => key)).toEqual([
      'hour-before',
    ]);

    const reminders = bot.queues.named('meeting-reminders');
    await eventually(
      async () => (await reminders.getJobCounts('completed')).completed === 1,
      'the hour-before reminder ran',
      10_000,
    );
    const [job] = await reminders.getCompleted();
    expect(job?.returnvalue).toMatchObject({ status: 'sent' });
    await eventually(
      async () =>
        (await bot.queues.outbox.getCompleted()).some(
          (outboxJob) => outboxJob.data.notice.kind === 'meeting_reminder',
        ),
      'the outbox took the reminder',
    );
  });
});
