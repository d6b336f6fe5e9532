import type { AbsenceStore, CouncilStore, RosterStore } from './council/ports.ts';
import type { ChatDirectory, Clock, IdSource, Notifier, PublicHolidays } from './ports.ts';

/**
 * All ports together; each use case picks the few it needs. These are the
 * ones every capability shares (the council and its roster included); a
 * capability adds its own by augmenting this interface from its folder
 * (see src/app/hearings/ports.ts), so no shared file changes with it.
 */
export interface AppDeps {
  readonly clock: Clock;
  readonly holidays: PublicHolidays;
  readonly ids: IdSource;
  readonly councils: CouncilStore;
  readonly rosters: RosterStore;
  readonly absences: AbsenceStore;
  readonly notifier: Notifier;
  readonly directory: ChatDirectory;
}
