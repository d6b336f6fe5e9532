import type {
  DiscussionParticipant,
  DiscussionView,
} from '../../../../src/app/discussions/discussion-use-cases.ts';
import type { GroupProposal } from '../../../../src/app/discussions/ports.ts';
import type {
  Discussion,
  DiscussionGroup,
  GroupSummary,
} from '../../../../src/domain/discussions/discussion.ts';
import { noManualEdits } from '../../../../src/domain/discussions/formation/formation-types.ts';
import type { Member } from '../../../../src/domain/council/roster.ts';
import { testCouncilId } from '../../../fakes/council-mother.ts';

/** A discussion on item 3 with two topics, in sign-up. Invented people only. */
export const aDiscussion = (overrides: Partial<Discussion> = {}): Discussion => ({
  id: 'd0001',
  councilId: testCouncilId,
  title: 'Fremtidens kompetencer',
  meetingId: 'm0003',
  itemNumber: '3',
  topics: [
    {
      key: 'A',
      title: 'Grøn omstilling',
      questions: ['Hvilke kompetencer mangler?', 'Hvem skal uddanne dem?'],
    },
    { key: 'B', title: 'Digitalisering', questions: ['Hvad ændrer sig mest?'] },
  ],
  sizing: { kind: 'count', groups: 3 },
  signUpDeadline: '2027-05-18T12:00',
  windowStart: '2027-05-20T13:00',
  windowEnd: '2027-05-20T14:30',
  summariesDue: '2027-05-21T16:00',
  rooms: {
    kind: 'per_group',
    urls: ['https://rum.example/a1', 'https://rum.example/a2', 'https://rum.example/b1'],
  },
  status: 'sign_up',
  createdBy: 'sek1',
  createdAt: '2027-05-10T08:00:00.000Z',
  sequence: 1,
  ...overrides,
});

export const participants: DiscussionParticipant[] = [
  {
    memberId: 'm1',
    name: 'Asta Kragsmark',
    organisation: 'DA',
    signUp: { memberId: 'm1', topic: 'A', volunteer: 'ordstyrer', at: '2027-05-11T08:00:00.000Z' },
  },
  {
    memberId: 'm2',
    name: 'Bjarke Lyngholt',
    organisation: 'FH',
    signUp: { memberId: 'm2', topic: 'A', volunteer: 'referent', at: '2027-05-11T08:00:00.000Z' },
  },
  {
    memberId: 'm3',
    name: 'Cille Mosevang',
    organisation: 'KL',
    signUp: { memberId: 'm3', topic: 'A', at: '2027-05-11T08:00:00.000Z' },
  },
  {
    memberId: 'm4',
    name: 'Dines Nørrekær',
    organisation: 'DH',
    signUp: { memberId: 'm4', topic: 'B', volunteer: 'referent', at: '2027-05-11T08:00:00.000Z' },
  },
  { memberId: 'm5', name: 'Edel Ovesholm', organisation: 'DA' },
  { memberId: 'm6', name: 'Folmer Pilegård', organisation: 'FH', forMemberId: 'm9' },
];

export const groups: DiscussionGroup[] = [
  { key: 'A1', topic: 'A', members: ['m1', 'm3'], ordstyrer: 'm1', referent: 'm3' },
  { key: 'A2', topic: 'A', members: ['m2', 'm5'], ordstyrer: 'm5', referent: 'm2' },
  { key: 'B1', topic: 'B', members: ['m4', 'm6'], ordstyrer: 'm6', referent: 'm4' },
];

export const aProposal = (overrides: Partial<GroupProposal> = {}): GroupProposal => ({
  groups,
  score: {
    preferencesHonoured: 4,
    preferencesGiven: 4,
    worstOrganisationShare: 0.5,
    singleOrganisationGroups: 0,
    repeatedPairs: 0,
    total: 100,
  },
  reasons: [{ code: 'all_first_choice', params: { people: 4 } }],
  manual: noManualEdits,
  seed: 7,
  formedAt: '2027-05-18T10:00:00.000Z',
  formedBy: 'deadline',
  ...overrides,
});

export const aSummary = (
  groupKey: string,
  overrides: Partial<GroupSummary> = {},
): GroupSummary => ({
  groupKey,
  answers: ['Tekniske faglærte.', 'Erhvervsskolerne.'],
  notes: 'Vi talte også om voksenlærlinge.',
  submittedBy: 'm3',
  firstSubmittedAt: '2027-05-20T13:00:00.000Z',
  submittedAt: '2027-05-20T13:00:00.000Z',
  revision: 1,
  ...overrides,
});

/** The discussion in sign-up, nobody placed yet. */
export const signUpView = (overrides: Partial<DiscussionView> = {}): DiscussionView => ({
  discussion: aDiscussion(),
  participants,
  summaries: [],
  writers: {},
  ...overrides,
});

/** The groups announced; A1 has submitted. */
export const announcedView = (overrides: Partial<DiscussionView> = {}): DiscussionView => ({
  discussion: aDiscussion({ status: 'announced', sequence: 2 }),
  participants,
  proposal: aProposal(),
  summaries: [aSummary('A1')],
  writers: { A1: 'm3', A2: 'm2', B1: 'm4' },
  ...overrides,
});

/** Compiled: A1 and B1 in, A2 missing. */
export const compiledView = (overrides: Partial<DiscussionView> = {}): DiscussionView => ({
  ...announcedView(),
  discussion: aDiscussion({ status: 'compiled', sequence: 3 }),
  summaries: [
    aSummary('A1'),
    aSummary('B1', { answers: ['Sagsbehandlingen.'], notes: '', submittedBy: 'm4' }),
  ],
  opsamling: {
    compiledAt: '2027-05-21T14:00:00.000Z',
    compiledBy: 'due',
    missingGroups: ['A2'],
  },
  ...overrides,
});

export const memberOf = (id: string, name = id): Member => ({
  id,
  name,
  organisation: 'DA',
  role: 'medlem',
  identities: [],
});
