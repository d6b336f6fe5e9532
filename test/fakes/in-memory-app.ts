import { AfbudFollowers } from '../../src/app/afbud-followers.ts';
import type { AppDeps } from '../../src/app/deps.ts';
import { createUseCases } from '../../src/app/use-cases.ts';
import { capabilities, followAfbud } from '../../src/capabilities/index.ts';
import { aCouncil, rosterWith, type RosterShape } from './council-mother.ts';
import { FixedClock } from './fixed-clock.ts';
import {
  InMemoryAbsenceStore,
  InMemoryChatDirectory,
  InMemoryCouncilStore,
  InMemoryDecisionStore,
  InMemoryFollowUpStore,
  InMemoryHearingStore,
  InMemoryMeetingGuestStore,
  InMemoryMeetingStore,
  InMemoryMinutesApprovalStore,
  InMemoryPendingImportStore,
  InMemoryRosterStore,
} from './in-memory-stores.ts';
import { InMemoryItemGroupDiscussionStore } from './in-memory-group-discussion-store.ts';
import { RecordingNotifier } from './recording-notifier.ts';
import { RecordingMeetingScheduler } from './recording-meeting-scheduler.ts';
import { RecordingScheduler } from './recording-scheduler.ts';
import { SequentialIds } from './sequential-ids.ts';
import { InMemoryDiscussionStore } from './in-memory-discussion-store.ts';
import { RecordingDiscussionScheduler } from './recording-discussion-scheduler.ts';
import { testFileLinks } from './test-file-links.ts';
import { danishHolidays } from '../../src/system/danish-holidays.ts';

/** The use cases over in-memory twins, with a council and roster already set up. */
export async function anAppWithCouncil(shape: RosterShape = {}) {
  const clock = new FixedClock('2026-11-23T08:00:00.000Z');
  const scheduler = new RecordingScheduler();
  const meetings = new InMemoryMeetingStore();
  const notifier = new RecordingNotifier();
  const meetingScheduler = new RecordingMeetingScheduler();
  const discussionScheduler = new RecordingDiscussionScheduler();
  const deps: AppDeps = {
    clock,
    holidays: danishHolidays(),
    ids: new SequentialIds(),
    councils: new InMemoryCouncilStore(),
    rosters: new InMemoryRosterStore(),
    absences: new InMemoryAbsenceStore(),
    hearings: new InMemoryHearingStore(),
    meetings,
    decisions: new InMemoryDecisionStore(meetings),
    followUp: new InMemoryFollowUpStore(),
    meetingGuests: new InMemoryMeetingGuestStore(),
    minutesApprovals: new InMemoryMinutesApprovalStore(meetings),
    pendingImports: new InMemoryPendingImportStore(),
    itemGroupDiscussions: new InMemoryItemGroupDiscussionStore(meetings),
    scheduler,
    meetingScheduler,
    discussions: new InMemoryDiscussionStore(),
    discussionScheduler,
    notifier,
    directory: new InMemoryChatDirectory(),
    fileLinks: testFileLinks(),
    afbudFollowers: new AfbudFollowers(),
  };
  const council = aCouncil();
  const roster = rosterWith(shape);
  await deps.councils.saveCouncil(council);
  await deps.rosters.replaceRoster(council.id, roster.all);
  const app = createUseCases(
    capabilities.map((capability) => capability.useCases),
    deps,
    { locale: 'da', timeZone: 'Europe/Copenhagen' },
  );
  followAfbud(deps.afbudFollowers!, app);
  return {
    app,
    deps,
    clock,
    scheduler,
    meetingScheduler,
    discussionScheduler,
    notifier,
    council,
    roster,
  };
}
