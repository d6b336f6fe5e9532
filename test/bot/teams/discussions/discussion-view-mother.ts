/** A group discussion as the use cases show it, built by hand for the card tests (invented people). */
import type {
  DiscussionParticipant,
  DiscussionView,
  SummaryDraft,
} from '../../../../src/app/discussions/discussion-use-cases.ts';
import type { GroupProposal } from '../../../../src/app/discussions/ports.ts';
import type { Discussion, GroupSummary } from '../../../../src/domain/discussions/discussion.ts';

export const aDiscussion = (overrides: Partial<Discussion> = {}): Discussion => ({
  id: 'd0001',
  councilId: 'rar-test',
  title: 'Unge uden uddannelse',
  meetingId: 'm0001',
  itemNumber: '1.3',
  topics: [
    {
      key: 'A',
      title: 'Praktikpladser',
      questions: ['Hvad virker i dag?', 'Hvad kan Rådet gøre?'],
    },
    { key: 'B', title: 'Voksenlærlinge', questions: ['Hvem skal vi nå?'] },
  ],
  sizing: { kind: 'count', groups: 2 },
  signUpDeadline: '2035-01-10T12:00',
  windowStart: '2035-01-17T13:00',
  windowEnd: '2035-01-17T14:00',
  summariesDue: '2035-01-18T12:00',
  rooms: { kind: 'per_group', urls: ['https://rum.example/a1', 'https://rum.example/b1'] },
  status: 'sign_up',
  createdBy: 'signe',
  createdAt: '2035-01-08T09:00:00.000Z',
  sequence: 1,
  ...overrides,
});

const person = (
  memberId: string,
  name: string,
  organisation: string,
  topic?: string,
): DiscussionParticipant => ({
  memberId,
  name,
  organisation,
  ...(topic === undefined ? {} : { signUp: { memberId, topic, at: '2035-01-08T10:00:00.000Z' } }),
});

export const participants: DiscussionParticipant[] = [
  person('jonas', 'Jonas Kjær', 'DA', 'A'),
  person('amira', 'Amira Lund', 'FH', 'A'),
  person('karl', 'Karl Vang', 'KL', 'B'),
  person('lis', 'Lis Mørk', 'DH'),
];

export const aProposal = (): GroupProposal => ({
  groups: [
    { key: 'A1', topic: 'A', members: ['jonas', 'amira'], ordstyrer: 'jonas', referent: 'amira' },
    { key: 'B1', topic: 'B', members: ['karl', 'lis'], ordstyrer: 'lis', referent: 'karl' },
  ],
  score: {
    preferencesHonoured: 3,
    preferencesGiven: 3,
    worstOrganisationShare: 0.5,
    singleOrganisationGroups: 0,
    repeatedPairs: 0,
    total: 100,
  },
  reasons: [],
  manual: { placements: { lis: 'B1' }, roles: {} },
  seed: 7,
  formedAt: '2035-01-10T11:00:00.000Z',
  formedBy: 'signe',
});

export const aSummary = (overrides: Partial<GroupSummary> = {}): GroupSummary => ({
  groupKey: 'A1',
  answers: ['Praktikpladsopsøgende arbejde virker.', 'Tale med virksomhederne.'],
  notes: 'Vi vil gerne høre mere.',
  submittedBy: 'amira',
  firstSubmittedAt: '2035-01-17T14:10:00.000Z',
  submittedAt: '2035-01-17T14:10:00.000Z',
  revision: 1,
  ...overrides,
});

export const aView = (overrides: Partial<DiscussionView> = {}): DiscussionView => ({
  discussion: aDiscussion(),
  participants,
  summaries: [],
  writers: {},
  ...overrides,
});

export const anAnnouncedView = (overrides: Partial<DiscussionView> = {}): DiscussionView =>
  aView({
    discussion: aDiscussion({ status: 'announced' }),
    proposal: aProposal(),
    writers: { A1: 'amira', B1: 'karl' },
    ...overrides,
  });

export const aDraft = (summary?: GroupSummary): SummaryDraft => {
  const discussion = aDiscussion({ status: 'announced' });
  return {
    discussion,
    group: aProposal().groups[0]!,
    topic: discussion.topics[0]!,
    ...(summary === undefined ? {} : { summary }),
  };
};
