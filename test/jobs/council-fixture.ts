// A council with a roster and one open hearing in the in-memory store twins,
// on the harness's clock (a fixed date that runs with real time, as BullMQ does).
import type { AppDeps } from '../../src/app/deps.ts';
import type { Hearing } from '../../src/domain/hearings/hearing.ts';
import { aCouncil, anOpenHearing, rosterWith } from '../fakes/council-mother.ts';
import { inMemoryStores } from '../fakes/in-memory-stores.ts';
import { RecordingNotifier } from '../fakes/recording-notifier.ts';
import { SequentialIds } from '../fakes/sequential-ids.ts';
import type { JobsHarness } from './jobs-harness.ts';
import { danishHolidays } from '../../src/system/danish-holidays.ts';

export async function aCouncilWithOpenHearing(
  jobs: JobsHarness,
  hearing: Partial<Hearing> & { deadline: string },
  options: { notifier?: AppDeps['notifier'] } = {},
) {
  const stores = inMemoryStores();
  const council = aCouncil();
  const roster = rosterWith({ members: 3 });
  const clock = jobs.clock;
  const notifier = options.notifier ?? new RecordingNotifier();
  const deps: AppDeps = {
    ...stores,
    clock,
    holidays: danishHolidays(),
    ids: new SequentialIds(),
    scheduler: jobs.scheduler,
    meetingScheduler: jobs.meetingScheduler,
    discussionScheduler: jobs.discussionScheduler,
    notifier,
  };
  await stores.councils.saveCouncil(council);
  await stores.rosters.replaceRoster(council.id, roster.all);
  const open = anOpenHearing({
    createdAt: clock.now().toISOString(),
    openedAt: clock.now().toISOString(),
    ...hearing,
  });
  await stores.hearings.saveHearing(open);
  return { deps, stores, council, roster, clock, hearing: open };
}
