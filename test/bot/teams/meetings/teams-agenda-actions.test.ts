/**
 * The buttons on an agenda item's card in Teams, clicked as Teams sends them
 * (invoke adaptiveCard/action) through the real Teams SDK: "Start høring",
 * "Registrér beslutning" and its form, "Taget til efterretning"; who may
 * press them, and what a forged click gets.
 */
import { describe, expect } from 'vitest';
import { meetingVerbNames } from '../../../../src/bot/teams/meetings/meeting-verb-names.ts';
import { TEAMS_PEOPLE } from '../../../support/teams-activities.ts';
import { click, hearingForm } from '../../../support/teams-flows.ts';
import {
  invokeCard,
  teamsTest,
  textOf,
  type AdaptiveCardJson,
  type PostAnswer,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';
import { agendaInChannel, aMeeting, currentCard } from './teams-agenda-support.ts';

const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;

/** The meeting published, its three item cards in the channel's thread. */
async function aPublishedAgenda(h: TeamsHarness) {
  const meeting = await aMeeting(h);
  const { councilId, actorId, meetingId } = meeting;
  expect((await h.bot.useCases.publishAgenda({ councilId, actorId, meetingId })).ok).toBe(true);
  await h.connector.waitUntil(() => agendaInChannel(h).items.length === 3, 15_000);
  const { items } = agendaInChannel(h);
  return { ...meeting, itemCards: items };
}

/** An input's value on a form card. */
function inputValue(card: AdaptiveCardJson, id: string): unknown {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['id'] === id && String(record['type']).startsWith('Input.')) found = record['value'];
    Object.values(record).forEach(walk);
  };
  walk(card.body);
  return found;
}

/** The text of an invoke answered with a line of text rather than a card. */
function answerText(answer: PostAnswer): string {
  expect(answer.status).toBe(200);
  expect(answer.body?.type).toBe('application/vnd.microsoft.activity.message');
  return String(answer.body?.value);
}

async function decisionsOf(h: TeamsHarness, meetingId: string) {
  const shown = await h.bot.useCases.showMeeting({ councilId: h.council.id, meetingId });
  if (!shown.ok) throw new Error(shown.code);
  return shown.value.decisions;
}

describe("an agenda item's buttons in Teams", () => {
  teamsTest(
    '"Start høring" on a B item opens the hearing form prefilled and linked; after the vote "Registrér beslutning" is prefilled from the closed hearing and saves',
    async ({ h }) => {
      const { councilId, meetingId, itemCards } = await aPublishedAgenda(h);
      const budget = itemCards[1]!;

      const form = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.startHearing,
          { meetingId, item: '1.2' },
          h.channel,
          budget.id,
        ),
      );
      expect(textOf(form)).toContain('Høringen knyttes til punkt 1.2 på dagsordenen til Rådsmøde.');
      expect(inputValue(form, 'title')).toBe('Budget for 2028');
      expect(inputValue(form, 'proposal')).toBe('Det indstilles, at Rådet godkender budgettet.');
      expect(inputValue(form, 'agendaItem')).toBe('1.2');
      expect(form.actions?.[0]).toMatchObject({ verb: 'openHearing', data: { meetingId } });

      const opened = invokeCard(
        await click(
          h,
          secretary,
          'openHearing',
          {
            ...hearingForm({
              title: 'Budget for 2028',
              proposal: 'Det indstilles, at Rådet godkender budgettet.',
              agendaItem: '1.2',
            }),
            meetingId,
          },
          h.channel,
          budget.id,
        ),
      );
      expect(textOf(opened)).toContain('Budget for 2028');
      await h.connector.waitUntil(() => hearingIdIn(h) !== undefined, 15_000);
      const hearingId = hearingIdIn(h)!;
      const view = await h.bot.useCases.viewHearing({ councilId, hearingId });
      expect(view.ok && [view.value.hearing.meetingId, view.value.hearing.agendaItem]).toEqual([
        meetingId,
        '1.2',
      ]);

      for (const actorId of ['jonas', 'amira', 'karl'])
        expect(
          (await h.bot.useCases.castBallot({ councilId, hearingId, actorId, choice: 'for' })).ok,
        ).toBe(true);
      expect(
        (await h.bot.useCases.closeHearing({ councilId, hearingId, actorId: 'signe' })).ok,
      ).toBe(true);

      const decisionForm = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.recordDecision,
          { meetingId, item: '1.2' },
          h.channel,
          budget.id,
        ),
      );
      expect(textOf(decisionForm)).toContain('Udkastet kommer fra høringen «Budget for 2028».');
      const prefilled = String(inputValue(decisionForm, 'decisionText'));
      expect(prefilled).toMatch(/^Rådet vedtog indstillingen \(For 3, Imod 0, Undlader 0\)/);
      const submit = decisionForm.actions?.[0];
      expect(submit).toMatchObject({
        verb: meetingVerbNames.saveDecision,
        data: { meetingId, item: '1.2', revision: 0 },
      });

      const saved = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.saveDecision,
          { ...submit!.data, decisionText: prefilled },
          h.channel,
          budget.id,
        ),
      );
      expect(textOf(saved)).toContain('Beslutningen på punkt 1.2 er gemt (revision 1).');
      expect(textOf(saved)).toContain(prefilled);
      expect((await decisionsOf(h, meetingId)).map((d) => [d.item, d.text, d.revision])).toEqual([
        ['1.2', prefilled, 1],
      ]);

      // The app refreshes the published agenda after a decision: the item's card in the thread shows it, in place.
      await h.bot.useCases.publishAgenda({ councilId, actorId: 'signe', meetingId });
      await h.connector.waitUntil(() => textOf(currentCard(h, budget)).includes(prefilled), 15_000);
      expect(agendaInChannel(h).items).toHaveLength(3);
    },
  );

  teamsTest(
    "a save over someone else's change is refused with who changed it and what it says now, and the secretary's text is kept",
    async ({ h }) => {
      const { councilId, meetingId, itemCards } = await aPublishedAgenda(h);
      const form = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.recordDecision,
          { meetingId, item: '1.3' },
          h.channel,
          itemCards[2]!.id,
        ),
      );
      const submit = form.actions![0]!;
      expect(submit.data).toMatchObject({ revision: 0 });

      // Jonas (formand) records his own text first.
      const his = await h.bot.useCases.recordDecision({
        councilId,
        actorId: 'jonas',
        meetingId,
        itemNumber: '1.3',
        text: 'Rådet drøftede de unge og bad om en plan.',
      });
      expect(his.ok).toBe(true);

      const mine = 'Rådet drøftede de unge uden uddannelse.';
      const refused = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.saveDecision,
          { ...submit.data, decisionText: mine },
          h.channel,
          itemCards[2]!.id,
        ),
      );
      expect(textOf(refused)).toContain('Punkt 1.3 er ændret af Jonas Kjær');
      expect(textOf(refused)).toContain(
        'Beslutningen er nu: «Rådet drøftede de unge og bad om en plan.»',
      );
      expect(inputValue(refused, 'decisionText')).toBe(mine);
      expect(refused.actions?.[0]?.data).toMatchObject({ revision: 1 });
      expect((await decisionsOf(h, meetingId)).map((d) => d.text)).toEqual([
        'Rådet drøftede de unge og bad om en plan.',
      ]);

      // Saving again, now having seen his, replaces it.
      const saved = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.saveDecision,
          { ...refused.actions![0]!.data, decisionText: mine },
          h.channel,
          itemCards[2]!.id,
        ),
      );
      expect(textOf(saved)).toContain('er gemt (revision 2)');
      expect((await decisionsOf(h, meetingId)).map((d) => d.text)).toEqual([mine]);
    },
  );

  teamsTest(
    '"Taget til efterretning" on an O item records it and the card says so',
    async ({ h }) => {
      const { meetingId, itemCards } = await aPublishedAgenda(h);
      const welcome = itemCards[0]!;
      const data = currentCard(h, welcome).actions![0]!.data!;
      expect(data).toEqual({ meetingId, item: '1.1', revision: 0 });

      const answered = invokeCard(
        await click(h, jonas, meetingVerbNames.noteItem, data, h.channel, welcome.id),
      );

      expect(textOf(answered)).toContain(
        'Punkt 1.1 står nu som taget til efterretning (revision 1).',
      );
      expect(textOf(answered)).toContain('Taget til efterretning.');
      // Noted, the item offers only to correct it, as in Slack.
      expect((answered.actions ?? []).map((action) => [action.title, action.verb])).toEqual([
        ['Ret beslutning', meetingVerbNames.recordDecision],
      ]);
      const [decision] = await decisionsOf(h, meetingId);
      expect(decision).toMatchObject({
        item: '1.1',
        noted: true,
        recordedBy: 'jonas',
        text: 'Taget til efterretning.',
      });
    },
  );

  teamsTest(
    '"Taget til efterretning" over a decision the card did not show is refused with who wrote it',
    async ({ h }) => {
      const { councilId, meetingId, itemCards } = await aPublishedAgenda(h);
      const welcome = itemCards[0]!;
      const data = currentCard(h, welcome).actions![0]!.data!;
      const his = await h.bot.useCases.recordDecision({
        councilId,
        actorId: 'jonas',
        meetingId,
        itemNumber: '1.1',
        text: 'Formanden bød velkommen.',
      });
      expect(his.ok).toBe(true);

      const refused = answerText(
        await click(h, secretary, meetingVerbNames.noteItem, data, h.channel, welcome.id),
      );

      expect(refused).toContain('Punkt 1.1 er ændret af Jonas Kjær');
      expect(refused).toContain('Beslutningen er nu: «Formanden bød velkommen.»');
      expect((await decisionsOf(h, meetingId)).map((d) => d.text)).toEqual([
        'Formanden bød velkommen.',
      ]);
    },
  );

  teamsTest(
    'a member pressing any of them is told only the secretariat and the chair group may, and nothing changes',
    async ({ h }) => {
      const { meetingId, itemCards } = await aPublishedAgenda(h);
      const refusals = [
        await click(
          h,
          amira,
          meetingVerbNames.startHearing,
          { meetingId, item: '1.2' },
          h.channel,
          itemCards[1]!.id,
        ),
        await click(
          h,
          amira,
          meetingVerbNames.recordDecision,
          { meetingId, item: '1.2' },
          h.channel,
          itemCards[1]!.id,
        ),
        await click(
          h,
          amira,
          meetingVerbNames.saveDecision,
          { meetingId, item: '1.2', revision: 0, decisionText: 'Vedtaget.' },
          h.channel,
          itemCards[1]!.id,
        ),
        await click(
          h,
          amira,
          meetingVerbNames.noteItem,
          { meetingId, item: '1.1', revision: 0 },
          h.channel,
          itemCards[0]!.id,
        ),
      ].map(answerText);

      for (const text of refusals)
        expect(text).toMatch(/^Kun sekretariatet og formandskabet styrer møderne/);
      const stranger = answerText(
        await click(
          h,
          TEAMS_PEOPLE.outsider,
          meetingVerbNames.recordDecision,
          { meetingId, item: '1.2' },
          h.channel,
          itemCards[1]!.id,
        ),
      );
      expect(stranger).toContain('ikke registreret');
      expect(await decisionsOf(h, meetingId)).toEqual([]);
    },
  );

  teamsTest(
    'forged or stale clicks get an answer naming the problem, and change nothing',
    async ({ h }) => {
      const { meetingId, itemCards } = await aPublishedAgenda(h);
      const on = itemCards[1]!.id;

      const badItem = answerText(
        await click(
          h,
          secretary,
          meetingVerbNames.saveDecision,
          { meetingId, item: '1.2; drop', revision: 0, decisionText: 'x' },
          h.channel,
          on,
        ),
      );
      expect(badItem).toMatch(/^Punktnummer: /);
      const badRevision = answerText(
        await click(
          h,
          secretary,
          meetingVerbNames.saveDecision,
          { meetingId, item: '1.2', revision: 'nul', decisionText: 'x' },
          h.channel,
          on,
        ),
      );
      expect(badRevision).toMatch(/^Revision: /);
      const noMeeting = answerText(
        await click(
          h,
          secretary,
          meetingVerbNames.recordDecision,
          { meetingId: 'm9999', item: '1.2' },
          h.channel,
          on,
        ),
      );
      expect(noMeeting).not.toBe('');
      const noItem = answerText(
        await click(
          h,
          secretary,
          meetingVerbNames.startHearing,
          { meetingId, item: '7.7' },
          h.channel,
          on,
        ),
      );
      expect(noItem).toContain('Mødet har intet punkt 7.7');
      const notInformation = answerText(
        await click(
          h,
          secretary,
          meetingVerbNames.noteItem,
          { meetingId, item: '1.2', revision: 0 },
          h.channel,
          on,
        ),
      );
      expect(notInformation).toContain('Punkt 1.2 er ikke et orienteringspunkt (O)');
      const nothing = answerText(
        await click(h, secretary, meetingVerbNames.noteItem, {}, h.channel, on),
      );
      expect(nothing).not.toBe('');

      const empty = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.saveDecision,
          { meetingId, item: '1.2', revision: 0, decisionText: '  ' },
          h.channel,
          on,
        ),
      );
      expect(textOf(empty)).toContain('Beslutning: skal udfyldes.');
      const tooLong = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.saveDecision,
          { meetingId, item: '1.2', revision: 0, decisionText: 'Vedtaget. '.repeat(400) },
          h.channel,
          on,
        ),
      );
      expect(textOf(tooLong)).toMatch(/Beslutning: .*3000/);
      expect(await decisionsOf(h, meetingId)).toEqual([]);
    },
  );
});

/** The id of the hearing whose card the outbox posted in the channel. */
function hearingIdIn(h: TeamsHarness): string | undefined {
  for (const card of h.cardsSeen()) {
    const id = (card as AdaptiveCardJson).actions?.find(
      (action) => typeof action.data?.['hearingId'] === 'string',
    )?.data?.['hearingId'];
    if (typeof id === 'string') return id;
  }
  return undefined;
}
