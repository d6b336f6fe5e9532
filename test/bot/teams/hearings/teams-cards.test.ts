/**
 * Every Adaptive Card the Teams surface can send, rendered from fixed views:
 * valid against the official Adaptive Cards 1.5 schema, and pinned by
 * snapshots so a change in what members see is a visible diff.
 */
import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../../../src/bot/teams/cards/adaptive-card.ts';
import { absenceForm } from '../../../../src/bot/teams/council/absence-form.ts';
import { closeConfirmationCard } from '../../../../src/bot/teams/hearings/close-confirmation-card.ts';
import { helpCard } from '../../../../src/bot/teams/cards/help-card.ts';
import { councilTeams } from '../../../../src/bot/teams/council/council-teams.ts';
import { hearingsTeams } from '../../../../src/bot/teams/hearings/hearings-teams.ts';
import {
  hearingCard,
  REFRESH_USER_LIMIT,
} from '../../../../src/bot/teams/hearings/hearing-card.ts';
import { myHearingsCard } from '../../../../src/bot/teams/hearings/my-hearings-card.ts';
import { noticeCard } from '../../../../src/bot/teams/cards/notice-card.ts';
import { openHearingForm } from '../../../../src/bot/teams/hearings/open-hearing-form.ts';
import { reminderCard } from '../../../../src/bot/teams/hearings/reminder-card.ts';
import { resultCard } from '../../../../src/bot/teams/hearings/result-card.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';
import { textOf } from '../../../support/teams-harness.ts';
import { createAdaptiveCardValidator } from '../../../support/validate-json-schema.ts';
import { aHearingView } from './card-views.ts';

const validate = createAdaptiveCardValidator();

/** Valid Adaptive Card 1.5, under Teams' ~80 KB comfort size, and as the snapshot says. */
function expectCard(card: AdaptiveCard): void {
  expect(validate(card)).toEqual({ valid: true, errors: [] });
  expect(JSON.stringify(card).length).toBeLessThan(80_000);
  expect(card).toMatchSnapshot();
}

const users = (n: number) => Array.from({ length: n }, (_, i) => `29:user-${i}`);

type Roster = Parameters<NonNullable<Parameters<typeof aHearingView>[0]>['viewer'] & {}>[0];

/** The titles of the card's vote buttons. */
const votes = (card: AdaptiveCard): string[] =>
  (card.actions ?? []).filter((action) => action.verb === 'vote').map((action) => action.title);

/** The lines about the viewer: coloured, full size (a field's error is small). */
const stanceLines = (card: AdaptiveCard): string[] =>
  card.body
    .filter((element) => element['type'] === 'TextBlock' && element['color'] !== undefined)
    .filter((element) => element['size'] !== 'Small')
    .filter((element) => !String(element['text']).startsWith('Resultat:'))
    .map((element) => String(element['text']));

describe('the hearing card', () => {
  it('shared, open vote with live counts and For / Imod / Undlader', async () => {
    const view = await aHearingView({
      ballots: [
        [0, 'for'],
        [1, 'against'],
      ],
    });
    const card = hearingCard(view, { refreshUserIds: users(3) });
    expectCard(card);
    expect(textOf(card)).toContain('Frist: lørdag 28. november kl. 12.00');
    expect(textOf(card)).toContain('For: 1 · Imod: 1 · Undlader: 0 — 2 af 8 har svaret');
    expect(card.refresh?.userIds).toEqual(users(3));
  });

  it("shared: the question, the buttons and how to answer, and no one's own line", async () => {
    const card = hearingCard(await aHearingView({ ballots: [[0, 'for']] }));
    expect(votes(card)).toEqual(['For', 'Imod', 'Undlader at stemme']);
    expect(textOf(card)).toContain('Du kan ændre dit svar indtil fristen.');
    expect(textOf(card)).not.toMatch(/Du har/);
  });
});

describe("each person's own view: one line on where they stand, only what they may do", () => {
  it('a member who has not voted: the question, one line and the vote buttons', async () => {
    const card = hearingCard(await aHearingView({ viewer: (roster) => roster.members[0]!.id }));
    expectCard(card);
    expect(stanceLines(card)).toEqual(['Du har ikke svaret endnu.']);
    expect(votes(card)).toEqual(['For', 'Imod', 'Undlader at stemme']);
  });

  it('after a vote: "Du har stemt For — du kan ændre indtil fristen." once, and the buttons to change', async () => {
    const view = await aHearingView({
      ballots: [[0, 'for']],
      viewer: (roster) => roster.members[0]!.id,
    });
    const card = hearingCard(view, {
      justDone: { kind: 'cast', receipt: { ballot: view.viewer!.ballot! } },
    });
    expectCard(card);
    expect(stanceLines(card)).toEqual(['Du har stemt For — du kan ændre indtil fristen.']);
    expect(textOf(card).match(/indtil fristen/g)).toHaveLength(1);
    expect(textOf(card)).not.toContain('Din stemme er registreret');
    expect(card.actions?.[0]).toMatchObject({ title: 'For', style: 'positive' });
    expect(votes(card)).toEqual(['For', 'Imod', 'Undlader at stemme']);
  });

  it('after a change: one line says what changed', async () => {
    const view = await aHearingView({
      ballots: [[0, 'against']],
      viewer: (roster) => roster.members[0]!.id,
    });
    const ballot = view.viewer!.ballot!;
    const card = hearingCard(view, {
      justDone: { kind: 'cast', receipt: { ballot, previous: { ...ballot, choice: 'for' } } },
    });
    expect(stanceLines(card)).toEqual([
      'Din stemme er ændret fra For til Imod — du kan ændre indtil fristen.',
    ]);
  });

  it('a substitute acting for an absent member sees that once, before and after voting', async () => {
    const before = hearingCard(
      await aHearingView({ absentMemberIndex: 0, viewer: (roster) => roster.substitute.id }),
    );
    expect(stanceLines(before)).toEqual([
      'Du har ikke svaret endnu. Du svarer som suppleant for Dines Kragsmark, som har meldt afbud.',
    ]);
    expect(votes(before)).toEqual(['For', 'Imod', 'Undlader at stemme']);
    const after = hearingCard(
      await aHearingView({
        absentMemberIndex: 0,
        substituteChoice: 'for',
        viewer: (roster) => roster.substitute.id,
      }),
    );
    expectCard(after);
    expect(stanceLines(after)).toEqual([
      'Du har stemt For som suppleant for Dines Kragsmark — du kan ændre indtil fristen.',
    ]);
  });

  it.each([
    [
      'an observer (tilforordnet)',
      { viewer: (roster: Roster) => roster.observer.id },
      'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
    ],
    [
      'a member whose substitute holds the seat (afbud)',
      { absentMemberIndex: 0, viewer: (roster: Roster) => roster.members[0]!.id },
      'Du har meldt afbud, så din suppleant har stemmeretten i denne høring. Kontakt sekretariatet, hvis du vil trække afbuddet tilbage.',
    ],
    [
      'a substitute whose member is present',
      { viewer: (roster: Roster) => roster.substitute.id },
      'Du kan kun stemme som suppleant, når dit medlem har meldt afbud.',
    ],
    [
      'a recused member',
      { recusedMemberIndex: 1, viewer: (roster: Roster) => roster.members[1]!.id },
      'Du har erklæret dig inhabil i denne sag og deltager derfor ikke i høringen.',
    ],
  ])('%s: one line why, and no vote buttons', async (_who, options, why) => {
    const card = hearingCard(await aHearingView(options));
    expect(validate(card)).toEqual({ valid: true, errors: [] });
    expect(stanceLines(card)).toEqual([why]);
    expect(votes(card)).toEqual([]);
    expect(textOf(card)).not.toContain('Du kan ændre dit svar');
    expect(card.body.some((element) => element['type'] === 'Input.Text')).toBe(false);
  });

  it('a refused click: the refusal is the one line, in red, and no vote buttons', async () => {
    const view = await aHearingView({ viewer: (roster) => roster.observer.id });
    const card = hearingCard(view, {
      justDone: {
        kind: 'refused',
        text: 'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
      },
    });
    expectCard(card);
    expect(card.body.filter((element) => element['color'] === 'Attention')).toHaveLength(1);
    expect(stanceLines(card)).toEqual([
      'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
    ]);
    expect(votes(card)).toEqual([]);
  });

  it('someone the council does not know, refused on the shared card: the reason, no buttons', async () => {
    const card = hearingCard(await aHearingView(), {
      justDone: {
        kind: 'refused',
        text: 'Du er ikke registreret i rådet — kontakt sekretariatet.',
      },
    });
    expect(stanceLines(card)).toEqual(['Du er ikke registreret i rådet — kontakt sekretariatet.']);
    expect(votes(card)).toEqual([]);
  });

  it('a missing reason is said under the field; the line on where they stand stays', async () => {
    const view = await aHearingView({
      input: { rules: { reasonRequiredWithAgainst: true } },
      viewer: (roster) => roster.members[0]!.id,
    });
    const why = 'Skriv en begrundelse — den er påkrævet for dette svar.';
    const card = hearingCard(view, {
      justDone: { kind: 'refused', text: why, field: 'reason' },
      reasonError: why,
    });
    expect(textOf(card).split(why)).toHaveLength(2);
    expect(stanceLines(card)).toEqual(['Du har ikke svaret endnu.']);
    expect(votes(card)).toEqual(['For', 'Imod', 'Undlader at stemme']);
  });

  it("the secretariat's own view: the counts and one line; no vote buttons, and closing is in «mine høringer»", async () => {
    const card = hearingCard(await aHearingView({ viewer: (roster) => roster.secretary.id }));
    expectCard(card);
    expect(stanceLines(card)).toEqual(['Du følger høringen som sekretariat og stemmer ikke selv.']);
    expect(votes(card)).toEqual([]);
    expect(card.actions?.map((action) => action.verb) ?? []).not.toContain('closeHearing');
  });

  it('the chair votes on the card; no close button sits next to the vote buttons', async () => {
    const card = hearingCard(await aHearingView({ viewer: (roster) => roster.chair.id }));
    expect(votes(card)).toEqual(['For', 'Imod', 'Undlader at stemme']);
    expect(card.actions?.map((action) => action.verb)).not.toContain('closeHearing');
  });

  it('closed: one line on what they answered, nothing left to change', async () => {
    const card = hearingCard(
      await aHearingView({
        ballots: [[0, 'for']],
        close: true,
        viewer: (roster) => roster.members[0]!.id,
      }),
    );
    expect(stanceLines(card)).toEqual(['Du stemte For.']);
    expect(card.actions).toBeUndefined();
  });

  it("each viewer's card keeps asking Teams for their own view (refresh.userIds)", async () => {
    const card = hearingCard(await aHearingView({ viewer: (roster) => roster.observer.id }), {
      refreshUserIds: users(2),
    });
    expect(card.refresh).toMatchObject({ action: { verb: 'refresh' }, userIds: users(2) });
  });
});

describe('the hearing card', () => {
  it('Imod with a required reason: a reason field, and its error under it', async () => {
    const view = await aHearingView({ input: { rules: { reasonRequiredWithAgainst: true } } });
    const card = hearingCard(view, {
      reasonError: 'Skriv en begrundelse — den er påkrævet for dette svar.',
    });
    expectCard(card);
    expect(card.actions?.map((action) => action.associatedInputs)).toEqual([
      'none',
      'auto',
      'none',
    ]);
  });

  it('stiltiende godkendelse: one objection button with a reason field', async () => {
    expectCard(hearingCard(await aHearingView({ input: { mode: 'silence' } })));
  });

  it('results after the deadline: no counts while open', async () => {
    const card = hearingCard(
      await aHearingView({ input: { rules: { results: 'after_close' } }, ballots: [[0, 'for']] }),
    );
    expectCard(card);
    expect(textOf(card)).toContain('1 af 8 har svaret. Resultatet vises efter fristen.');
  });

  it('closed: the outcome instead of buttons, no refresh', async () => {
    const view = await aHearingView({
      ballots: [
        [0, 'for'],
        [1, 'for'],
        [2, 'for'],
        [3, 'for'],
        [4, 'against'],
      ],
      close: true,
    });
    const card = hearingCard(view, { refreshUserIds: users(3) });
    expectCard(card);
    expect(textOf(card)).toContain('Resultat: Vedtaget');
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeUndefined();
  });

  it('withdrawn (trukket tilbage)', async () => {
    expectCard(hearingCard(await aHearingView({ cancel: true })));
  });

  it(`more people than refresh serves: the first ${REFRESH_USER_LIMIT} get their own view, everyone a "Vis mit svar" button`, async () => {
    const card = hearingCard(await aHearingView(), {
      refreshUserIds: users(75),
      showMineButton: true,
    });
    expect(validate(card)).toEqual({ valid: true, errors: [] });
    expect(card.refresh?.userIds).toHaveLength(REFRESH_USER_LIMIT);
    expect(card.actions?.at(-1)).toMatchObject({ title: 'Vis mit svar', verb: 'refresh' });
  });

  it('in English for an English council', async () => {
    const card = hearingCard(await aHearingView({ locale: 'en' }));
    expectCard(card);
    expect(textOf(card)).toContain('Deadline: Saturday 28 November at 12:00');
  });

  it('every button falls back to Action.Submit with the same data for clients without universal actions', async () => {
    const card = hearingCard(await aHearingView());
    for (const action of card.actions ?? [])
      expect(action.fallback).toEqual({
        type: 'Action.Submit',
        title: action.title,
        data: { verb: action.verb, ...action.data },
      });
  });
});

describe('the other cards', () => {
  it('the reminder, with the buttons', async () => {
    const card = reminderCard(await aHearingView({ viewer: (roster) => roster.members[1]!.id }));
    expectCard(card);
    expect(textOf(card)).toMatch(
      /^Påmindelse: Du har endnu ikke svaret på høringen «Udkast til beskæftigelsesplan 2027»\./,
    );
  });

  it("the reminder to a substitute holding a member's seat", async () => {
    const card = reminderCard(
      await aHearingView({ absentMemberIndex: 0, viewer: (roster) => roster.substitute.id }),
    );
    expectCard(card);
    expect(textOf(card)).toMatch(/^Påmindelse: Du holder .+s plads, som har meldt afbud\./);
  });

  it('the result, naming who answered what', async () => {
    const card = resultCard(
      await aHearingView({
        ballots: [
          [0, 'for'],
          [1, 'against', 'For dyrt.'],
        ],
        close: true,
      }),
    );
    expectCard(card);
    expect(textOf(card)).toContain('Ikke beslutningsdygtig');
  });

  it("a substitute votes for an absent member's seat and the result names the substitute for that seat", async () => {
    const card = resultCard(
      await aHearingView({
        absentMemberIndex: 0,
        substituteChoice: 'abstain',
        ballots: [[1, 'for']],
        close: true,
      }),
    );
    expectCard(card);
    const text = textOf(card);
    expect(text).toContain(
      '**Undlader at stemme**: Jeppe Kragsmark (DA, suppleant for Dines Kragsmark)',
    );
    expect(text).toContain('**For**: Edel Kragsmark (FH)');
    // The absent member is named only as the seat the substitute held.
    expect(text).not.toContain('Dines Kragsmark (DA)');
    expect(text).toMatch(/Ikke svaret: .*\(KL\)/);
  });

  it('the result of a secret ballot names no one', async () => {
    const card = resultCard(
      await aHearingView({
        input: { rules: { ballot: 'secret' } },
        ballots: [[0, 'for']],
        close: true,
      }),
    );
    expectCard(card);
    expect(textOf(card)).not.toMatch(/\*\*For\*\*:/);
  });

  const commands = [hearingsTeams, councilTeams].flatMap((part) => part.commands);

  it.each(['da', 'en'] as const)('help (%s)', (locale) => {
    expectCard(helpCard(locale, commands, { inChannel: true }));
  });

  it('help after something not understood', () => {
    expectCard(helpCard('da', commands, { unknown: 'hvad så?' }));
  });

  it('the open-hearing form with its defaults', () => {
    expectCard(openHearingForm(aCouncil(), { deadlineDate: '2026-11-30', deadlineTime: '12:00' }));
  });

  it('the open-hearing form sent back with problems under the fields', () => {
    expectCard(
      openHearingForm(
        aCouncil(),
        { title: '', proposal: 'Indstilling', deadlineDate: '2026-02-30', deadlineTime: '12:00' },
        {
          byField: {
            title: 'skal udfyldes.',
            deadlineDate: 'skal være en gyldig dato (ÅÅÅÅ-MM-DD), fx 2026-11-28.',
          },
          general: ['Noget andet.'],
        },
      ),
    );
  });

  it('mine høringer: empty, and with hearings', async () => {
    expectCard(myHearingsCard(aCouncil(), []));
    const views = await Promise.all([
      aHearingView({ viewer: (roster) => roster.members[0]!.id, ballots: [[0, 'abstain']] }),
      aHearingView({
        viewer: (roster) => roster.members[0]!.id,
        input: { title: 'Positivlisten 2027', rules: { reasonRequiredWithAgainst: true } },
      }),
    ]);
    const card = myHearingsCard(aCouncil(), views, { total: 11 });
    expectCard(card);
    expect(textOf(card)).toContain('… og 9 høringer mere.');
  });

  it('mine høringer for the chair: the vote buttons, then the management section apart', async () => {
    const view = await aHearingView({
      viewer: (roster) => roster.chair.id,
      ballots: [[0, 'for']],
    });
    const card = myHearingsCard(aCouncil(), [view], {
      manageNotices: {
        [view.hearing.id]: {
          text: 'Der er allerede sendt en påmindelse kl. 10.42. Du kan påminde igen fra kl. 11.42.',
          tone: 'attention',
        },
      },
    });
    expectCard(card);
    expect(textOf(card)).toMatch(
      /For\nImod\nUndlader at stemme\nSekretariat og formandskab\nMangler svar fra: .*\nDer er allerede sendt en påmindelse kl\. 10\.42\. .*\nPåmind nu\nLuk høringen nu$/,
    );
  });

  it('the confirmation before closing early', () => {
    expectCard(
      closeConfirmationCard(
        aCouncil(),
        { id: 'h0001', title: 'Positivlisten 2027' },
        '2 af 5 har svaret. Lukkes høringen nu, er den ikke beslutningsdygtig. De, der ikke har svaret, kan ikke svare bagefter.',
        { origin: 'mine', changed: true },
      ),
    );
  });

  it('the afbud form, with open hearings and without', async () => {
    const view = await aHearingView();
    expectCard(
      absenceForm(
        aCouncil(),
        [view.hearing],
        { from: '2026-12-01' },
        'Vælg en høring eller både «Fra» og «Til».',
      ),
    );
    expectCard(absenceForm(aCouncil(), []));
  });

  it('a notice replacing a form', () => {
    expectCard(noticeCard('Høring sendt', ['«Positivlisten 2027» er sendt i høring.'], 'good'));
  });
});
