import type { Hearing, HearingState } from '../../domain/hearings/hearing.ts';
import type { HearingResult } from '../../domain/hearings/hearing-result.ts';

/**
 * How a hearing sits in its Redis hash. The Lua scripts read and write
 * `state` and `deadline` (epoch ms) directly, and the state changes add
 * closedAt/closedBy/result beside the JSON body; reading merges them back.
 */
export interface HearingFields {
  readonly state: HearingState;
  readonly deadlineMs: number;
  readonly body: string;
}

export function hearingToFields(hearing: Hearing): HearingFields {
  const { state, deadline, ...rest } = hearing;
  const deadlineMs = Date.parse(deadline);
  if (Number.isNaN(deadlineMs))
    throw new Error(`hearing ${hearing.id} has no valid deadline: ${deadline}`);
  return { state, deadlineMs, body: JSON.stringify(rest) };
}

export function hearingFromHash(hash: Record<string, string>): Hearing | undefined {
  const { body, state, deadline, closedAt, closedBy, result } = hash;
  if (body === undefined || state === undefined || deadline === undefined) return undefined;
  return {
    ...(JSON.parse(body) as Omit<Hearing, 'state' | 'deadline'>),
    state: state as HearingState,
    deadline: new Date(Number(deadline)).toISOString(),
    ...(closedAt === undefined ? {} : { closedAt }),
    ...(closedBy === undefined ? {} : { closedBy }),
    ...(result === undefined ? {} : { result: JSON.parse(result) as HearingResult }),
  };
}
