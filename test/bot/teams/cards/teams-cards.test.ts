/**
 * Every Adaptive Card the Teams surface can send, rendered from fixed views:
 * valid against the official Adaptive Cards 1.5 schema, and pinned by
 * snapshots so a change in what members see is a visible diff.
 */
import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../../../src/bot/teams/cards/adaptive-card.ts';
import { absenceForm } from '../../../../src/bot/teams/cards/absence-form.ts';
import { closeConfirmationCard } from '../../../../src/bot/teams/cards/close-confirmation-card.ts';
import { helpCard } from '../../../../src/bot/teams/cards/help-card.ts';
import { hearingCard, REFRESH_USER_LIMIT } from '../../../../src/bot/teams/cards/hearing-card.ts';
import { myHearingsCard } from '../../../../src/bot/teams/cards/my-hearings-card.ts';
import { noticeCard } from '../../../../src/bot/teams/cards/notice-card.ts';
import { openHearingForm } from '../../../../src/bot/teams/cards/open-hearing-form.ts';
import { reminderCard } from '../../../../src/bot/teams/cards/reminder-card.ts';
import { resultCard } from '../../../../src/bot/teams/cards/result-card.ts';
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

  it("a member's own view: their ballot, the chosen button marked", async () => {
    const view = await aHearingView({
      ballots: [[0, 'for']],
      viewer: (roster) => roster.members[0]!.id,
    });
    const card = hearingCard(view, {
      notice: { text: 'Din stemme er registreret: For.', tone: 'good' },
    });
    expectCard(card);
    expect(textOf(card)).toContain('Du har stemt For — du kan ændre indtil fristen.');
    expect(card.actions?.[0]).toMatchObject({ title: 'For', style: 'positive' });
  });

  it("the secretariat's own view has no close button: managing is in «mine høringer»", async () => {
    const card = hearingCard(await aHearingView({ viewer: (roster) => roster.secretary.id }));
    expectCard(card);
    expect(card.actions?.map((action) => action.verb)).not.toContain('closeHearing');
  });

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

  it.each(['da', 'en'] as const)('help (%s)', (locale) => {
    expectCard(helpCard(locale, { inChannel: true }));
  });

  it('help after something not understood', () => {
    expectCard(helpCard('da', { unknown: 'hvad så?' }));
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
