import type { StartDiscussionInput } from '../../../src/app/discussions/discussion-use-cases.ts';
import type { MeetingRecord } from '../../../src/domain/meetings/meeting-record.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

export const councilId = 'rar-test';
export const secretary = 'sekretariat';

/**
 * The clock stands on Monday 23 November 2026, 09.00 in Copenhagen
 * (test/fakes/in-memory-app.ts). Roster (test/fakes/council-mother.ts):
 * formand (DA), næstformand (FH), m001–m006 (DA, FH, KL, DH, Akademikerne,
 * Lederne), s001 suppleant for m001, a tilforordnet and the secretariat.
 *
 * A discussion on its own: sign-up until Wednesday 25 November 12.00, the
 * groups meet Thursday 26 November 13.00–14.00, summaries due Friday 27
 * November 12.00; topics A (two questions) and B (one), two groups.
 */
export const aDiscussionInput = (
  changes: Partial<StartDiscussionInput> = {},
): StartDiscussionInput => ({
  councilId,
  actorId: secretary,
  title: 'Ungeindsatsen',
  topics: [
    {
      title: 'Unge uden uddannelse',
      questions: ['Hvad virker?', 'Hvem skal vi samarbejde med?'],
    },
    { title: 'Virksomhedsrettet indsats', questions: ['Hvor er der mangel på arbejdskraft?'] },
  ],
  groupCount: 2,
  signUpDeadline: '2026-11-25T12:00',
  windowStart: '2026-11-26T13:00',
  windowEnd: '2026-11-26T14:00',
  summariesDue: '2026-11-27T12:00',
  roomLinks: [],
  ...changes,
});

/** The nine who take part in the default roster: chair group, six members, the tilforordnet. */
export const participantIds = [
  'formand',
  'naestformand',
  'm001',
  'm002',
  'm003',
  'm004',
  'm005',
  'm006',
  'tilforordnet',
];

/** A council with a discussion in sign-up. */
export async function aDiscussionInSignUp(changes: Partial<StartDiscussionInput> = {}) {
  const setup = await anAppWithCouncil();
  const started = await setup.app.startDiscussion(aDiscussionInput(changes));
  if (!started.ok) throw new Error(`could not start: ${started.code} ${started.field ?? ''}`);
  const discussionId = started.value.id;
  return { ...setup, discussion: started.value, discussionId, ref: { councilId, discussionId } };
}

/** A Rådsmøde on Thursday 3 December 2026 13.00–16.00 with a D item 2 and a B item 3. */
export const aMeetingWithDiscussionItem = (): MeetingRecord => ({
  meeting: {
    id: 'm0001',
    councilId,
    title: 'Rådsmøde',
    start: '2026-12-03T13:00',
    end: '2026-12-03T16:00',
    status: 'agenda_published',
  },
  items: [
    {
      number: [2],
      title: 'Drøftelse af ungeindsatsen',
      kinds: ['O', 'D'],
      presentation: false,
      presenters: [],
      fields: { bilag: [], other: [] },
    },
    {
      number: [3],
      title: 'Godkendelse af budget',
      kinds: ['B'],
      presentation: false,
      presenters: [],
      fields: { bilag: [], other: [] },
    },
  ],
  attendance: [],
});

/** Everyone has chosen: the chair group, m001–m003 topic A; the rest B; m002 volunteers as referent. */
export async function aDiscussionWithSignUps(changes: Partial<StartDiscussionInput> = {}) {
  const setup = await aDiscussionInSignUp(changes);
  const { app, ref } = setup;
  for (const memberId of participantIds) {
    const topic = ['formand', 'naestformand', 'm001', 'm002', 'm003'].includes(memberId)
      ? 'A'
      : 'B';
    const chosen = await app.chooseTopic({ ...ref, memberId, topic });
    if (!chosen.ok) throw new Error(chosen.code);
  }
  await app.volunteerForRole({ ...ref, memberId: 'm002', role: 'referent' });
  return setup;
}

/** Signed up, formed and announced, with the clock after the groups met (Thursday 15.00). */
export async function anAnnouncedDiscussion(changes: Partial<StartDiscussionInput> = {}) {
  const setup = await aDiscussionWithSignUps(changes);
  const { app, ref } = setup;
  const formed = await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
  if (!formed.ok) throw new Error(formed.code);
  const announced = await app.announceGroups({ ...ref, actorId: secretary });
  if (!announced.ok) throw new Error(announced.code);
  setup.clock.set('2026-11-26T14:00:00.000Z');
  const groups = announced.value.proposal?.groups ?? [];
  return { ...setup, groups, writers: announced.value.writers };
}
