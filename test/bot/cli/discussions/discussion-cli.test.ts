import { describe, expect, it } from 'vitest';
import type { UseCases } from '../../../../src/app/use-cases.ts';
import type { DiscussionView } from '../../../../src/app/discussions/discussion-use-cases.ts';
import { discussionsCli } from '../../../../src/bot/cli/discussions/discussions-cli.ts';
import { fail, succeed } from '../../../../src/domain/errors.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import {
  aDiscussion,
  aSummary,
  announcedView,
  compiledView,
  signUpView,
} from '../../present/discussions/discussion-fixtures.ts';

/**
 * The discussion commands through the real command-line path (parsing,
 * council, use-case call, printing), over use cases that answer from fixed
 * views and remember what they were asked.
 */
function aCliShowing(view: DiscussionView) {
  const calls: { name: string; input: unknown }[] = [];
  const remember =
    <T>(name: string, answer: (input: never) => T) =>
    async (input: never) => {
      calls.push({ name, input });
      return answer(input);
    };
  const useCases = {
    listCouncils: async () => succeed([aCouncil()]),
    startDiscussion: remember('startDiscussion', (input: { title: string }) =>
      input.title === ''
        ? fail('invalid_input', 'title', { problem: 'required' })
        : succeed(aDiscussion({ title: input.title })),
    ),
    listDiscussions: remember('listDiscussions', () => succeed([view.discussion])),
    showDiscussion: remember('showDiscussion', () => succeed(view)),
    chooseTopic: remember('chooseTopic', (input: { topic: string | null }) =>
      input.topic === 'C'
        ? fail('discussion_topic_unknown', 'topic')
        : succeed({
            discussion: view.discussion,
            signUp: { memberId: 'm5', topic: input.topic ?? undefined, at: '' },
          }),
    ),
    volunteerForRole: remember('volunteerForRole', (input: { role: 'referent' | null }) =>
      succeed({
        discussion: view.discussion,
        signUp: { memberId: 'm5', topic: 'B', volunteer: input.role ?? undefined, at: '' },
      }),
    ),
    formGroups: remember('formGroups', () => succeed(announcedView().proposal!)),
    moveParticipant: remember('moveParticipant', () =>
      fail('invalid_input', 'memberId', { problem: 'required' }),
    ),
    submitSummary: remember('submitSummary', () =>
      succeed({ summary: aSummary('A2', { revision: 1 }), allIn: true }),
    ),
    sendOpsamlingForComments: remember('sendOpsamlingForComments', () =>
      succeed({ hearingId: 'h0009' }),
    ),
  } as unknown as UseCases;
  const cli = cliOf(
    () => ({ useCases, deps: { clock: new FixedClock('2027-05-10T08:00:00.000Z') } }),
    [discussionsCli],
  );
  return { cli, calls };
}

describe('group discussions on the command line', () => {
  it('sets one up from flags: topics with their questions, council-local times, rooms', async () => {
    const { cli, calls } = aCliShowing(signUpView());
    const started = await cli(
      'discussion',
      'start',
      '--title',
      'Fremtidens kompetencer',
      '--topic',
      'Grøn omstilling|Hvilke kompetencer mangler?|Hvem skal uddanne dem?',
      '--topic',
      'Digitalisering|Hvad ændrer sig mest?',
      '--groups',
      '3',
      '--sign-up-deadline',
      '2027-05-18 12:00',
      '--window-start',
      '2027-05-20 13:00',
      '--window-end',
      '2027-05-20 14:30',
      '--summaries-due',
      '2027-05-21 16:00',
      '--room',
      'https://rum.example/alle',
      '--meeting',
      'm0003',
      '--item',
      '3',
      '--as',
      'sek1',
    );
    expect(started).toEqual({
      code: 0,
      err: '',
      out: 'Gruppedrøftelsen «Fremtidens kompetencer» er sat op [d0001]. Tilmeldingen er åben til tirsdag 18. maj 2027 kl. 12.00.\n',
    });
    expect(calls[0]?.input).toEqual({
      councilId: 'rar-test',
      actorId: 'sek1',
      title: 'Fremtidens kompetencer',
      meetingId: 'm0003',
      itemNumber: '3',
      topics: [
        {
          title: 'Grøn omstilling',
          questions: ['Hvilke kompetencer mangler?', 'Hvem skal uddanne dem?'],
        },
        { title: 'Digitalisering', questions: ['Hvad ændrer sig mest?'] },
      ],
      groupCount: 3,
      signUpDeadline: '2027-05-18T12:00',
      windowStart: '2027-05-20T13:00',
      windowEnd: '2027-05-20T14:30',
      summariesDue: '2027-05-21T16:00',
      roomLinks: ['https://rum.example/alle'],
    });
  });

  it('answers bad input naming the flag, and calls nothing for a topic without a title', async () => {
    const { cli, calls } = aCliShowing(signUpView());
    const noTitle = await cli('discussion', 'start', '--topic', 'A|B', '--as', 'sek1');
    expect(noTitle.code).toBe(2);
    expect(noTitle.err).toContain('--title');
    const badTopic = await cli('discussion', 'start', '--topic', '|Spørgsmål?', '--as', 'sek1');
    expect(badTopic).toMatchObject({ code: 2 });
    expect(badTopic.err).toContain('--topic «|Spørgsmål?»');
    const badGroups = await cli('discussion', 'start', '--groups', 'fire', '--as', 'sek1');
    expect(badGroups.err).toBe('--groups skal være et helt tal, fx 4.\n');
    expect(calls.map((call) => call.name)).toEqual(['startDiscussion']);
  });

  it('shows participants with their choices, sign-up counts and the times', async () => {
    const { cli } = aCliShowing(signUpView());
    const shown = await cli('discussion', 'show', 'd0001');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Gruppedrøftelse: Fremtidens kompetencer [d0001]');
    expect(shown.out).toContain(
      '  Asta Kragsmark (DA) [m1] — Emne A: Grøn omstilling, vil være ordstyrer',
    );
    expect(shown.out).toContain(
      '  Folmer Pilegård (FH) [m6] (suppleant for m9) — intet emne valgt',
    );
    expect(shown.out).toContain('  2 har ikke valgt emne endnu');
    expect(shown.out).toContain('Grupperne er ikke dannet endnu.');
  });

  it('shows the announced groups with roles, rooms and which have submitted', async () => {
    const { cli } = aCliShowing(announcedView());
    const shown = await cli('discussion', 'show', 'd0001');
    expect(shown.out).toContain(
      [
        'Grupperne:',
        '  Gruppe A1 · Emne A: Grøn omstilling',
        '    Asta Kragsmark (DA) – ordstyrer',
        '    Cille Mosevang (KL) – referent',
        '    Mødelokale: https://rum.example/a1',
      ].join('\n'),
    );
    expect(shown.out).toContain('  1 af 3 grupper har afleveret');
  });

  it('lists the council’s discussions, and says how to name one that is missing', async () => {
    const { cli } = aCliShowing(signUpView());
    expect((await cli('discussion', 'list')).out).toBe(
      '[d0001] Fremtidens kompetencer — Tilmelding er åben (punkt 3 på møde m0003)\n',
    );
    const missing = await cli('discussion', 'show');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('discussion show DRØFTELSE');
  });

  it('signs a member up for a topic and as referent, in one command', async () => {
    const { cli, calls } = aCliShowing(signUpView());
    const signed = await cli(
      'discussion',
      'sign-up',
      'd0001',
      '--topic',
      'b',
      '--volunteer',
      'referent',
      '--as',
      'm5',
    );
    expect(signed).toEqual({
      code: 0,
      err: '',
      out: 'Du er tilmeldt Emne B: Digitalisering.\nDu har meldt dig som referent.\n',
    });
    expect(calls.map((call) => [call.name, (call.input as { topic?: string }).topic])).toEqual([
      ['chooseTopic', 'B'],
      ['volunteerForRole', undefined],
    ]);
  });

  it('names --member when a move names nobody', async () => {
    const { cli } = aCliShowing(signUpView({ proposal: announcedView().proposal! }));
    const moved = await cli('discussion', 'move', 'd0001', '--group', 'a2', '--as', 'sek1');
    expect(moved.code).toBe(2);
    expect(moved.err).toContain('--member');
  });

  it('forms the groups with a seed and shows the proposal with its reasons', async () => {
    const { cli, calls } = aCliShowing(signUpView({ proposal: announcedView().proposal! }));
    const formed = await cli('discussion', 'form', 'd0001', '--seed', '7', '--as', 'sek1');
    expect(formed.code).toBe(0);
    expect(formed.out).toContain('Grupperne er dannet (seed 7).');
    expect(formed.out).toContain('Forslag til grupper:');
    expect(formed.out).toContain('Begrundelser:\n  - alle fik deres førsteprioritet');
    expect(calls[0]?.input).toMatchObject({ seed: 7, actorId: 'sek1' });
  });

  it("submits a group's summary over the revision shown, and says when all are in", async () => {
    const { cli, calls } = aCliShowing(announcedView());
    const submitted = await cli(
      'discussion',
      'summary',
      'd0001',
      '--group',
      'a2',
      '--answer',
      'Faglærte.',
      '--answer',
      'Skolerne.',
      '--notes',
      'Kort møde.',
      '--as',
      'm2',
    );
    expect(submitted.out).toBe(
      "Gruppe A2's opsamling er gemt (version 1).\nAlle grupper har afleveret: opsamlingen er lagt i kanalen.\n",
    );
    expect(calls.find((call) => call.name === 'submitSummary')?.input).toMatchObject({
      groupKey: 'A2',
      answers: ['Faglærte.', 'Skolerne.'],
      notes: 'Kort møde.',
      seenRevision: 0,
    });
  });

  it('sends the opsamling for comments with its text and the deadline', async () => {
    const { cli, calls } = aCliShowing(compiledView());
    const sent = await cli(
      'discussion',
      'comment',
      'd0001',
      '--deadline',
      '2027-06-01 12:00',
      '--as',
      'sek1',
    );
    expect(sent.out).toContain('[h0009]');
    const input = calls.find((call) => call.name === 'sendOpsamlingForComments')?.input as {
      proposal: string;
      deadlineDate: string;
      deadlineTime: string;
    };
    expect(input.proposal).toContain('## Opsamling fra gruppedrøftelser: Fremtidens kompetencer');
    expect([input.deadlineDate, input.deadlineTime]).toEqual(['2027-06-01', '12:00']);
  });
});
