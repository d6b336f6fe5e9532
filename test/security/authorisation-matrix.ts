/**
 * The expected authorisation matrix, written once for every surface: which
 * role may do which action in a council's hearing. Derived from the domain
 * rules: mayManageHearings (secretariat and chair group manage hearings),
 * claimSeat (a seat's member votes; their suppleant only during afbud),
 * registerAbsence and declareRecusal (only a seat holder sends afbud or
 * declares inhabilitet, for their own seat).
 */
export const actions = [
  'open',
  'vote',
  'withdraw',
  'afbud',
  'inhabil',
  'deadline',
  'close',
  'remind',
  'cancel',
] as const;
export type Action = (typeof actions)[number];

export const roles = [
  'sekretariat',
  'formand',
  'medlem',
  'suppleant_member_present',
  'suppleant_member_absent',
  'tilforordnet',
  'outsider',
  'other_council_sekretariat',
] as const;
export type Role = (typeof roles)[number];

export type Expected = 'allowed' | 'refused';

/**
 * The actions each chat surface offers. Withdrawing a vote, inhabilitet,
 * moving the deadline and cancelling are on the command line only: Slack
 * and Teams have no flow for them, so there is nothing to reach there.
 */
export const chatActions = [
  'open',
  'vote',
  'afbud',
  'close',
  'remind',
] as const satisfies readonly Action[];

/**
 * The table itself: a row per action, a column per role in the order of
 * `roles` — sekretariat, formand, medlem, suppleant while the member is
 * present, suppleant while the member has afbud, tilforordnet, outsider,
 * the other council's sekretariat. Y = allowed, - = refused.
 */
const table = `
            sek  fm  med  s.p  s.a  obs  out  and
  open       Y    Y   -    -    -    -    -    -
  vote       -    Y   Y    -    Y    -    -    -
  withdraw   -    Y   Y    -    Y    -    -    -
  afbud      -    Y   Y    -    -    -    -    -
  inhabil    -    Y   Y    -    -    -    -    -
  deadline   Y    Y   -    -    -    -    -    -
  close      Y    Y   -    -    -    -    -    -
  remind     Y    Y   -    -    -    -    -    -
  cancel     Y    Y   -    -    -    -    -    -
`;

const rows = new Map(
  table
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [action = '', ...marks] = line.trim().split(/\s+/);
      if (marks.length !== roles.length)
        throw new Error(`the row for ${action} needs ${roles.length} marks`);
      return [action, marks] as const;
    }),
);

export const expected: Record<Action, (role: Role) => Expected> = Object.fromEntries(
  actions.map((action) => {
    const marks = rows.get(action);
    if (marks === undefined) throw new Error(`the table has no row for ${action}`);
    return [action, (role: Role) => (marks[roles.indexOf(role)] === 'Y' ? 'allowed' : 'refused')];
  }),
) as Record<Action, (role: Role) => Expected>;

/** Two councils in one Redis; the second one's secretary must never act in the first. */
export const councilId = 'rar-matrix';
export const otherCouncilId = 'rar-andet';

/** Every member is reachable on Slack (in the council's workspace) and on Teams. */
export const slackTeam = 'T0KOMMUNE1';
export const otherSlackTeam = 'T0ANDENK02';
const people = [
  ['sek', 'Signe Skrivebord', 'Sekretariatet', 'sekretariat', ''],
  ['fm', 'Folke Mødeleder', 'DA', 'formand', ''],
  ['m1', 'Mette Mosegård', 'FH', 'medlem', ''],
  ['m2', 'Jens Jordbær', 'KL', 'medlem', ''],
  ['s2', 'Bo Birkelund', 'KL', 'suppleant', 'm2'],
  ['m3', 'Karen Kildevæld', 'DH', 'medlem', ''],
  ['s3', 'Sune Suppleant', 'DH', 'suppleant', 'm3'],
  ['obs', 'Otto Observatør', 'STAR', 'tilforordnet', ''],
] as const;

/** Slack user id of a member id (also of the outsider and the other council's secretary). */
export const slackUserOf = (memberId: string): string =>
  `U0${memberId.replace(/[^a-z0-9]/gi, '').toUpperCase()}`;
/** Entra object id of a member id. */
export const aadOf = (memberId: string): string => `aad-${memberId}`;

export const rosterYaml = `council: { id: ${councilId}, name: RAR Matrix }
members:
${people
  .map(
    ([id, name, organisation, role, substituteFor]) =>
      `  - { id: ${id}, name: ${name}, organisation: ${organisation}, role: ${role}${substituteFor ? `, substituteFor: ${substituteFor}` : ''}, slack: { teamId: ${slackTeam}, userId: ${slackUserOf(id)} }, teams: ${aadOf(id)} }`,
  )
  .join('\n')}
`;

export const otherRosterYaml = `council: { id: ${otherCouncilId}, name: RAR Andet }
members:
  - { id: andet-sek, name: Anna Andersekretær, organisation: Sekretariatet, role: sekretariat, slack: { teamId: ${otherSlackTeam}, userId: ${slackUserOf('andet-sek')} }, teams: ${aadOf('andet-sek')} }
  - { id: andet-m1, name: Asger Anden, organisation: FH, role: medlem, slack: { teamId: ${otherSlackTeam}, userId: ${slackUserOf('andet-m1')} }, teams: ${aadOf('andet-m1')} }
`;

/** The member id each role acts as (s3's member m3 sends afbud before each cell). */
export const actorOf: Record<Role, string> = {
  sekretariat: 'sek',
  formand: 'fm',
  medlem: 'm1',
  suppleant_member_present: 's2',
  suppleant_member_absent: 's3',
  tilforordnet: 'obs',
  outsider: 'nobody',
  other_council_sekretariat: 'andet-sek',
};

/**
 * What a refusal says, in the council's Danish: not a member, no voting
 * right, a suppleant whose member is present, not the secretariat or chair
 * group, or (for another council) no such hearing; on the command line,
 * that the id after --as is not on the council's roster. An answer without one of
 * these counts as silent, even when it shows a card.
 */
export const refusalWords =
  /Kun sekretariatet og formandskabet|ikke stemmeret|kun stemme som suppleant|ikke registreret i rådet|Høringen findes ikke|står ikke på rådets medlemsliste/;

/** Counts cells as the security suite prints them. */
export class MatrixTally {
  cells = 0;
  refused = 0;
  wronglyAllowed = 0;
  silent = 0;
  line(surface: string): string {
    return `Authorisation matrix (${surface}): ${this.cells} cells, ${this.refused} refused as expected, ${this.wronglyAllowed} wrongly allowed, ${this.silent} silent`;
  }
}
