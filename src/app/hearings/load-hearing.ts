import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import type { HearingStore } from './ports.ts';

export async function loadHearing(
  hearings: HearingStore,
  councilId: string,
  hearingId: string,
): Promise<Result<Hearing>> {
  const hearing = await hearings.hearing(councilId, hearingId);
  return hearing === undefined ? fail('hearing_not_found', 'hearingId') : succeed(hearing);
}
