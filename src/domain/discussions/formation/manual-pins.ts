import type { GroupRole } from '../discussion.ts';
import { fail, succeed, type Result } from '../../errors.ts';
import type { FormationParticipant, ManualEdits } from './formation-types.ts';
import { parseGroupKey, type ParsedGroupKey } from './group-keys.ts';

/**
 * The secretary's manual edits as fixed points the algorithm works around:
 * a moved member is pinned to their group; a member given a role by hand is
 * pinned to that group too (a role only means something inside the group).
 * Edits naming someone who is no longer a participant (they left, or sent
 * afbud) are set aside and counted, not an error: the rest still holds.
 */
export interface ManualPins {
  /** member id → the group they must be in. */
  readonly pinned: ReadonlyMap<string, ParsedGroupKey & { readonly key: string }>;
  /** group key → the role holders set by hand (members still taking part). */
  readonly roles: ReadonlyMap<string, Partial<Record<GroupRole, string>>>;
  /** Edits kept: placements plus roles. */
  readonly kept: number;
  /** Edits set aside because their member is no longer a participant. */
  readonly forAbsent: number;
}

export function manualPins(
  manual: ManualEdits,
  participants: readonly FormationParticipant[],
  topics: readonly string[],
): Result<ManualPins> {
  const present = new Set(participants.map((participant) => participant.id));
  const pinned = new Map<string, ParsedGroupKey & { readonly key: string }>();
  const roles = new Map<string, Partial<Record<GroupRole, string>>>();
  let kept = 0;
  let forAbsent = 0;

  for (const [member, key] of Object.entries(manual.placements)) {
    if (!present.has(member)) {
      forAbsent += 1;
      continue;
    }
    const parsed = parseGroupKey(key, topics);
    if (parsed === undefined) return fail('discussion_group_unknown', 'placements', { group: key });
    pinned.set(member, { ...parsed, key });
    kept += 1;
  }

  for (const [key, holders] of Object.entries(manual.roles)) {
    const parsed = parseGroupKey(key, topics);
    if (parsed === undefined) return fail('discussion_group_unknown', 'roles', { group: key });
    const ordstyrer = holders.ordstyrer;
    const referent = holders.referent;
    if (ordstyrer !== undefined && ordstyrer === referent)
      return fail('discussion_same_person_both_roles', 'roles', {
        group: key,
        member: ordstyrer,
      });
    const keptRoles: Partial<Record<GroupRole, string>> = {};
    for (const [role, member] of [
      ['ordstyrer', ordstyrer],
      ['referent', referent],
    ] as const) {
      if (member === undefined) continue;
      if (!present.has(member)) {
        forAbsent += 1;
        continue;
      }
      const placed = pinned.get(member);
      // Placed by hand elsewhere, or given a role in another group: the two edits contradict.
      if (placed !== undefined && placed.key !== key)
        return fail('discussion_member_not_in_group', 'roles', { group: key, member, role });
      pinned.set(member, { ...parsed, key });
      keptRoles[role] = member;
      kept += 1;
    }
    if (keptRoles.ordstyrer !== undefined || keptRoles.referent !== undefined)
      roles.set(key, keptRoles);
  }

  return succeed({ pinned, roles, kept, forAbsent });
}
