import { z } from 'zod';
import { succeed, type Result } from '../../domain/errors.ts';
import type { FollowUpPoint } from '../../domain/meetings/follow-up.ts';
import type { AppDeps } from '../deps.ts';
import { loadMember } from '../council/load-council.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { listFollowUp } from './follow-up-sheet.ts';
import { mayMarkDone } from './mark-follow-up-done.ts';

export const followUpForMemberInput = z.object({
  councilId: councilIdField,
  memberId: memberIdField,
});
export type FollowUpForMemberInput = z.input<typeof followUpForMemberInput>;

/** A point as one member sees it in chat: its owner by name, and whether they may mark it done. */
export type MemberFollowUpPoint = FollowUpPoint & {
  /** The owner's name when the owner is a member id; else the owner as written. */
  readonly ownerName?: string;
  readonly mayMarkDone: boolean;
};

/** The open points of the follow-up sheet for "opfølgning" in chat, oldest meeting first. */
export async function followUpForMember(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'decisions' | 'followUp'>,
  raw: FollowUpForMemberInput,
): Promise<Result<MemberFollowUpPoint[]>> {
  const input = validate(followUpForMemberInput, raw);
  if (!input.ok) return input;
  const { councilId, memberId } = input.value;
  const listed = await listFollowUp(deps, { councilId });
  if (!listed.ok) return listed;
  const member = await loadMember(deps.rosters, councilId, memberId);
  if (!member.ok) return member;
  const roster = await deps.rosters.roster(councilId);
  return succeed(
    listed.value.map((point) => {
      const owner = roster.find((candidate) => candidate.id === point.owner)?.name ?? point.owner;
      return {
        ...point,
        ...(owner === undefined ? {} : { ownerName: owner }),
        mayMarkDone: mayMarkDone(point, member.value),
      };
    }),
  );
}
