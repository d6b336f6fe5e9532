/**
 * Test data for a council: one Regional Labour Market Council with invented
 * people (no real names). Everything is deterministic so snapshots hold.
 *
 *   const roster = rosterWith({ members: 200 });
 *   await stores.rosters.replaceRoster(testCouncilId, roster.all);
 */
import type { Ballot } from '../../src/domain/hearings/ballot.ts';
import type { Council } from '../../src/domain/council/council.ts';
import { defaultRules, type Choice, type Hearing } from '../../src/domain/hearings/hearing.ts';
import type { ChatIdentity, Member, Role } from '../../src/domain/council/roster.ts';

export const testCouncilId = 'rar-test';
export const testSlackTeamId = 'T0RAADTEST';

export const aCouncil = (overrides: Partial<Council> = {}): Council => ({
  id: testCouncilId,
  name: 'RAR Testregion',
  locale: 'da',
  timeZone: 'Europe/Copenhagen',
  ...overrides,
});

export const organisations = [
  'DA',
  'FH',
  'KL',
  'DH',
  'Akademikerne',
  'Lederne',
  'Regionsrådet',
] as const;

// Invented surnames, so no test ever names a real person.
const firstNames = [
  'Asta',
  'Bjarke',
  'Cille',
  'Dines',
  'Edel',
  'Folmer',
  'Gry',
  'Holger',
  'Ilse',
  'Jeppe',
];
const lastNames = [
  'Kragsmark',
  'Lyngholt',
  'Mosevang',
  'Nørrekær',
  'Ovesholm',
  'Pilegård',
  'Rævebjerg',
  'Skovtoft',
];

const nameOf = (index: number): string =>
  `${firstNames[index % firstNames.length]} ${lastNames[Math.floor(index / firstNames.length) % lastNames.length]}`;

/** Slack and Teams identities derived from the index: unique within a roster. */
export const identitiesOf = (index: number): ChatIdentity[] => [
  { platform: 'slack', teamId: testSlackTeamId, userId: `U${String(index).padStart(6, '0')}` },
  { platform: 'teams', aadObjectId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` },
];

const person = (
  id: string,
  role: Role,
  organisation: string,
  index: number,
  extra: Partial<Member> = {},
): Member => ({
  id,
  name: nameOf(index),
  organisation,
  role,
  identities: identitiesOf(index),
  ...extra,
});

export interface TestRoster {
  /** Everyone, in roster order. */
  readonly all: Member[];
  readonly secretary: Member;
  readonly chair: Member;
  readonly viceChair: Member;
  /** The ordinary members (medlem). */
  readonly members: Member[];
  /** Suppleant for members[0]. */
  readonly substitute: Member;
  readonly observer: Member;
  /** Every seat: chair, vice chair and members. */
  readonly seatIds: string[];
}

export interface RosterShape {
  /** Ordinary members (medlem); default 6. Chair and vice chair hold seats too. */
  readonly members?: number;
}

/** Member ids: sekretariat, formand, naestformand, m001…, s001 (for m001), tilforordnet. */
export function rosterWith(shape: RosterShape = {}): TestRoster {
  const count = shape.members ?? 6;
  const secretary = person('sekretariat', 'sekretariat', 'Sekretariatet', 0);
  const chair = person('formand', 'formand', 'DA', 1);
  const viceChair = person('naestformand', 'naestformand', 'FH', 2);
  const members = Array.from({ length: count }, (_, i) =>
    person(
      `m${String(i + 1).padStart(3, '0')}`,
      'medlem',
      organisations[i % organisations.length] ?? 'DA',
      3 + i,
    ),
  );
  const principal = members[0] ?? chair;
  const substitute = person('s001', 'suppleant', principal.organisation, 3 + count, {
    substituteFor: principal.id,
  });
  const observer = person('tilforordnet', 'tilforordnet', 'Professionshøjskolen', 4 + count);
  return {
    all: [secretary, chair, viceChair, ...members, substitute, observer],
    secretary,
    chair,
    viceChair,
    members,
    substitute,
    observer,
    seatIds: [chair.id, viceChair.id, ...members.map((member) => member.id)],
  };
}

export const aRoster = (): TestRoster => rosterWith();

/** An open vote with a deadline a week after 2026-03-02 09:00Z (FixedClock's default start). */
export const anOpenHearing = (overrides: Partial<Hearing> = {}): Hearing => ({
  id: 'h0001',
  councilId: testCouncilId,
  title: 'Udkast til beskæftigelsesplan',
  proposal: 'Formandskabet indstiller, at Rådet godkender udkastet.',
  mode: 'vote',
  rules: defaultRules,
  deadline: '2026-03-09T11:00:00.000Z',
  state: 'open',
  createdBy: 'sekretariat',
  createdAt: '2026-03-02T09:00:00.000Z',
  openedAt: '2026-03-02T09:00:00.000Z',
  ...overrides,
});

export const aDraftHearing = (overrides: Partial<Hearing> = {}): Hearing => {
  const { openedAt: _openedAt, ...draft } = anOpenHearing();
  return { ...draft, state: 'draft', ...overrides };
};

export const aBallot = (
  seatId: string,
  choice: Choice = 'for',
  castAt = '2026-03-02T10:00:00.000Z',
  overrides: Partial<Ballot> = {},
): Ballot => ({ seatId, castBy: seatId, actingAs: 'member', choice, castAt, ...overrides });
