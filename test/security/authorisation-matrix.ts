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

const manage = (role: Role): Expected =>
  role === 'sekretariat' || role === 'formand' ? 'allowed' : 'refused';
const seatHolder = (role: Role): Expected =>
  role === 'formand' || role === 'medlem' ? 'allowed' : 'refused';
const voter = (role: Role): Expected =>
  role === 'formand' || role === 'medlem' || role === 'suppleant_member_absent'
    ? 'allowed'
    : 'refused';

export const expected: Record<Action, (role: Role) => Expected> = {
  open: manage,
  vote: voter,
  withdraw: voter,
  afbud: seatHolder,
  inhabil: seatHolder,
  deadline: manage,
  close: manage,
  remind: manage,
  cancel: manage,
};

/** Two councils in one Redis; the second one's secretary must never act in the first. */
export const councilId = 'rar-matrix';
export const otherCouncilId = 'rar-andet';

export const rosterYaml = `council: { id: ${councilId}, name: RAR Matrix }
members:
  - { id: sek, name: Signe Skrivebord, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Folke Mødeleder, organisation: DA, role: formand }
  - { id: m1, name: Mette Mosegård, organisation: FH, role: medlem }
  - { id: m2, name: Jens Jordbær, organisation: KL, role: medlem }
  - { id: s2, name: Bo Birkelund, organisation: KL, role: suppleant, substituteFor: m2 }
  - { id: m3, name: Karen Kildevæld, organisation: DH, role: medlem }
  - { id: s3, name: Sune Suppleant, organisation: DH, role: suppleant, substituteFor: m3 }
  - { id: obs, name: Otto Observatør, organisation: STAR, role: tilforordnet }
`;

export const otherRosterYaml = `council: { id: ${otherCouncilId}, name: RAR Andet }
members:
  - { id: andet-sek, name: Anna Andersekretær, organisation: Sekretariatet, role: sekretariat }
  - { id: andet-m1, name: Asger Anden, organisation: FH, role: medlem }
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
