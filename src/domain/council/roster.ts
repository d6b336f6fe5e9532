/**
 * The roster: who sits in the council, for which organisation, in which role,
 * and how to reach them in chat. Voting rights follow from the role alone.
 */
export const roles = [
  'formand',
  'naestformand',
  'medlem',
  'suppleant',
  'tilforordnet',
  'sekretariat',
] as const;
export type Role = (typeof roles)[number];

export type ChatIdentity =
  | { readonly platform: 'slack'; readonly teamId: string; readonly userId: string }
  | { readonly platform: 'teams'; readonly aadObjectId: string };

export interface Member {
  readonly id: string;
  readonly name: string;
  /** Appointing organisation (DA, FH, KL, DH, ...): a free code. */
  readonly organisation: string;
  readonly role: Role;
  /** For a suppleant: the member whose seat they hold during afbud. */
  readonly substituteFor?: string;
  readonly identities: readonly ChatIdentity[];
}

const seatHolderRoles: ReadonlySet<Role> = new Set(['formand', 'naestformand', 'medlem']);
const openerRoles: ReadonlySet<Role> = new Set(['sekretariat', 'formand', 'naestformand']);

/** One seat per voting member; the seat's id is the member's id. */
export const holdsSeat = (member: Pick<Member, 'role'>): boolean =>
  seatHolderRoles.has(member.role);

/** Only the secretariat and the chair group (formandskab) open and manage hearings. */
export const mayManageHearings = (member: Pick<Member, 'role'>): boolean =>
  openerRoles.has(member.role);

export const identityKey = (identity: ChatIdentity): string =>
  identity.platform === 'slack'
    ? `slack/${identity.teamId}/${identity.userId}`
    : `teams/${identity.aadObjectId}`;

export const seatIdsOf = (members: readonly Member[]): string[] =>
  members.filter(holdsSeat).map((member) => member.id);

export const substituteOf = (members: readonly Member[], seatId: string): Member | undefined =>
  members.find((member) => member.role === 'suppleant' && member.substituteFor === seatId);

export interface RosterProblem {
  /** Index of the member in the list given (the importer maps it to a file line). */
  readonly index: number;
  readonly field: 'id' | 'role' | 'substituteFor' | 'identities';
  readonly code:
    | 'duplicate_id'
    | 'substitute_without_member'
    | 'substitute_for_unknown'
    | 'substitute_for_non_seat'
    | 'second_substitute'
    | 'substitute_for_on_non_substitute'
    | 'identity_taken';
  readonly params?: Readonly<Record<string, string>>;
}

/** Checks what no single row can see: references between members and uniqueness. */
export function findRosterProblems(members: readonly Member[]): RosterProblem[] {
  const problems: RosterProblem[] = [];
  const byId = new Map<string, Member>();
  const substituteTaken = new Map<string, string>();
  const identityOwner = new Map<string, string>();

  members.forEach((member, index) => {
    if (byId.has(member.id)) {
      problems.push({ index, field: 'id', code: 'duplicate_id', params: { id: member.id } });
    }
    byId.set(member.id, member);
  });

  members.forEach((member, index) => {
    if (member.role === 'suppleant') {
      const principalId = member.substituteFor;
      const principal = principalId === undefined ? undefined : byId.get(principalId);
      if (principalId === undefined) {
        problems.push({ index, field: 'substituteFor', code: 'substitute_without_member' });
      } else if (principal === undefined) {
        problems.push({
          index,
          field: 'substituteFor',
          code: 'substitute_for_unknown',
          params: { id: principalId },
        });
      } else if (!holdsSeat(principal)) {
        problems.push({
          index,
          field: 'substituteFor',
          code: 'substitute_for_non_seat',
          params: { id: principalId },
        });
      } else if (substituteTaken.has(principalId)) {
        problems.push({
          index,
          field: 'substituteFor',
          code: 'second_substitute',
          params: { id: principalId, other: substituteTaken.get(principalId) ?? '' },
        });
      } else {
        substituteTaken.set(principalId, member.id);
      }
    } else if (member.substituteFor !== undefined) {
      problems.push({ index, field: 'substituteFor', code: 'substitute_for_on_non_substitute' });
    }

    for (const identity of member.identities) {
      const key = identityKey(identity);
      const owner = identityOwner.get(key);
      if (owner !== undefined && owner !== member.id) {
        problems.push({
          index,
          field: 'identities',
          code: 'identity_taken',
          params: { other: owner },
        });
      }
      identityOwner.set(key, member.id);
    }
  });

  return problems;
}
