import { z } from 'zod';
import { instantOfLocal, localDateOf } from '../../domain/council/council-time.ts';
import { addLocalDays, DEFAULT_NOTICE_DAYS } from '../../domain/council/working-days.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { moveDeadline as moveInDomain, type Hearing } from '../../domain/hearings/hearing.ts';
import type { AppDeps } from '../deps.ts';
import {
  councilIdField,
  hearingIdField,
  localDateField,
  localTimeField,
  memberIdField,
} from '../input-fields.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { scheduleHearing } from './schedule-hearing.ts';
import { validate } from '../validate.ts';

export const moveDeadlineInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  actorId: memberIdField,
  deadlineDate: localDateField,
  deadlineTime: localTimeField,
});
export type MoveDeadlineInput = z.input<typeof moveDeadlineInput>;

/** Moves the frist; the close job and the reminders move with it. */
export async function moveDeadline(
  deps: AppDeps,
  raw: MoveDeadlineInput,
): Promise<Result<Hearing>> {
  const input = validate(moveDeadlineInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const [actor, hearing] = await Promise.all([
    loadMember(deps.rosters, councilId, actorId),
    loadHearing(deps.hearings, councilId, hearingId),
  ]);
  if (!actor.ok) return actor;
  if (!hearing.ok) return hearing;
  const deadline = instantOfLocal(
    input.value.deadlineDate,
    input.value.deadlineTime,
    council.value.timeZone,
  );
  if (deadline === undefined)
    return fail('invalid_input', 'deadlineDate', {
      problem: 'invalid_date',
      // An example that works today, never a date that has passed.
      example: addLocalDays(
        localDateOf(deps.clock.now(), council.value.timeZone),
        DEFAULT_NOTICE_DAYS,
      ),
    });

  const moved = moveInDomain(hearing.value, deadline, actor.value, deps.clock.now());
  if (!moved.ok) return moved;
  if (moved.value.state === 'draft') {
    await deps.hearings.saveHearing(moved.value);
    return moved;
  }
  if (!(await deps.hearings.moveDeadline(councilId, hearingId, deadline)))
    return fail('hearing_not_open');
  await scheduleHearing(deps, council.value, moved.value);
  await deps.notifier.notify({
    kind: 'deadline_moved',
    councilId,
    hearingId,
    deadline: moved.value.deadline,
  });
  return succeed(moved.value);
}
