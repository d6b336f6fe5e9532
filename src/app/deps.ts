import type {
  AbsenceStore,
  ChatDirectory,
  Clock,
  CouncilStore,
  HearingScheduler,
  HearingStore,
  IdSource,
  Notifier,
  PublicHolidays,
  RosterStore,
} from './ports.ts';

/** All ports together; each use case picks the few it needs. */
export interface AppDeps {
  readonly clock: Clock;
  readonly holidays: PublicHolidays;
  readonly ids: IdSource;
  readonly councils: CouncilStore;
  readonly rosters: RosterStore;
  readonly absences: AbsenceStore;
  readonly hearings: HearingStore;
  readonly scheduler: HearingScheduler;
  readonly notifier: Notifier;
  readonly directory: ChatDirectory;
}
