/**
 * «Ret opsætning» in Teams, end to end through the real Teams SDK endpoint
 * against the fake Bot Connector and real Redis: the secretary opens a
 * discussion's set-up from "grupper", changes the deadline and the room
 * links during sign-up (the channel's card follows), and the room links once
 * the groups are announced (each member gets their group again); a bad time,
 * a plain member and a card changed meanwhile change nothing (that card comes
 * back drawn as the discussion is now, and saves from there); a council in
 * English gets it all in English. The clock stands still.
 */
import { describe, expect } from 'vitest';
import { discussionVerbNames } from '../../../../src/bot/teams/discussions/discussion-verb-names.ts';
import { cardBytes } from '../../../../src/bot/teams/meetings/card-text.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START, localDateInDays } from '../../../fakes/test-instants.ts';
import type { TeamsAccount, TeamsPlace } from '../../../support/teams-activities.ts';
import { click, say } from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  TEAMS_BYSTANDER,
  teamsTestWith,
  textOf,
  type AdaptiveCardJson,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';
import {
  amira,
  answerText,
  dmTexts,
  jonas,
  nowShown,
  personalChats,
  secretary,
  setUpInTeams,
} from './teams-discussion-support.ts';

const clock = new FixedClock(HARNESS_START);
const teamsTest = teamsTestWith({ clock });
const englishTest = teamsTestWith({ clock, locale: 'en' });
const karl = TEAMS_BYSTANDER;

async function discussionOf(h: TeamsHarness, discussionId: string) {
  const shown = await h.bot.useCases.showDiscussion({ councilId: h.council.id, discussionId });
  if (!shown.ok) throw new Error(shown.code);
  return shown.value;
}

/** Every input on a card with the value it shows: what Teams sends on submit. */
function inputsOf(card: AdaptiveCardJson): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (String(record['type']).startsWith('Input.'))
      found[String(record['id'])] = record['value'] ?? '';
    Object.values(record).forEach(walk);
  };
  walk(card.body);
  return found;
}

/** The red line right under an input: its problem, if any. */
function problemUnder(card: AdaptiveCardJson, id: string): string | undefined {
  const at = card.body.findIndex((element) => element['id'] === id);
  const next = card.body[at + 1];
  return at >= 0 && next?.['color'] === 'Attention' ? String(next['text']) : undefined;
}

/** The first Action.Execute with this verb anywhere on a card. */
function actionOf(card: AdaptiveCardJson, verb: string): { data: Record<string, unknown> } {
  let found: { data: Record<string, unknown> } | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object' || found) return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Action.Execute' && record['verb'] === verb)
      found = record as { data: Record<string, unknown> };
    Object.values(record).forEach(walk);
  };
  walk(card);
  if (found === undefined) throw new Error(`no ${verb} button`);
  return found;
}

/** "grupper" in the secretary's chat, then «Ret opsætning» on it: the card prefilled. */
async function openEdit(h: TeamsHarness, chat: TeamsPlace): Promise<AdaptiveCardJson> {
  const status = cardIn(await say(h, secretary, 'grupper', chat))!;
  const button = actionOf(status, discussionVerbNames.editForm);
  return invokeCard(await click(h, secretary, discussionVerbNames.editForm, button.data, chat));
}

/** «Gem ændringer» on the card, with what it shows and these changes. */
async function save(
  h: TeamsHarness,
  who: TeamsAccount,
  card: AdaptiveCardJson,
  changes: Record<string, unknown>,
  chat: TeamsPlace,
) {
  const submit = actionOf(card, discussionVerbNames.saveEdit);
  return click(
    h,
    who,
    discussionVerbNames.saveEdit,
    { ...inputsOf(card), ...changes, ...submit.data },
    chat,
  );
}

describe('changing a group discussion\'s set-up in Teams ("Ret opsætning")', () => {
  teamsTest(
    'in sign-up the secretary sees the current values, moves the deadline and the room links and the channel card follows; a bad time, a plain member and a card changed meanwhile change nothing',
    async ({ h }) => {
      clock.set(HARNESS_START);
      await personalChats(h, [secretary, amira]);
      const { discussionId, post, chat } = await setUpInTeams(h);

      const form = await openEdit(h, chat);
      expect(textOf(form)).toContain('Ret gruppedrøftelse');
      expect(inputsOf(form)).toMatchObject({
        title: 'Unge uden uddannelse',
        topic1Title: 'Praktikpladser',
        topic1Questions: 'Hvad virker i dag?\nHvad kan Rådet gøre?',
        topic2Title: 'Voksenlærlinge',
        sizing: 'count',
        sizingValue: 2,
        signUpDate: localDateInDays(5),
        signUpTime: '12:00',
        windowDate: localDateInDays(7),
        windowStart: '13:00',
        windowEnd: '14:00',
        dueDate: localDateInDays(8),
        dueTime: '12:00',
        rooms: 'https://rum.example/gruppe-1\nhttps://rum.example/gruppe-2',
      });
      expect(form.actions?.map((action) => action.title)).toEqual(['Gem ændringer']);
      const before = (await discussionOf(h, discussionId)).discussion;

      // Summaries due before the discussion ends: said under its field, nothing saved.
      const bad = invokeCard(
        await save(h, secretary, form, { dueDate: localDateInDays(7), dueTime: '13:30' }, chat),
      );
      expect(textOf(bad)).toContain('Ret gruppedrøftelse');
      expect(textOf(bad)).toContain('Ret felterne markeret med rødt');
      expect(inputsOf(bad)).toMatchObject({ dueTime: '13:30' });
      expect(problemUnder(bad, 'dueTime')).toContain('Fristen for opsamlinger kan tidligst være');
      expect((await discussionOf(h, discussionId)).discussion).toEqual(before);

      // A plain member is told who may, from the button and from the submit.
      expect(
        answerText(
          await click(
            h,
            amira,
            discussionVerbNames.editForm,
            { discussionId },
            h.teams.personalChatWith(amira),
          ),
        ),
      ).toContain('Kun sekretariatet og formandskabet');
      const forged = invokeCard(
        await save(h, amira, form, { title: 'Overtaget' }, h.teams.personalChatWith(amira)),
      );
      expect(textOf(forged)).toContain('Kun sekretariatet og formandskabet');
      expect((await discussionOf(h, discussionId)).discussion).toEqual(before);

      // Forged clicks are answered, never thrown at.
      expect(
        answerText(
          await click(h, secretary, discussionVerbNames.editForm, { discussionId: 'd-nope' }, chat),
        ),
      ).toContain('Gruppedrøftelsen findes ikke');
      expect(
        answerText(
          await click(
            h,
            secretary,
            discussionVerbNames.saveEdit,
            { discussionId, sequence: 'seneste' },
            chat,
          ),
        ),
      ).not.toBe('');
      expect((await discussionOf(h, discussionId)).discussion).toEqual(before);

      // The deadline a day later and one room for every group.
      const saved = invokeCard(
        await save(
          h,
          secretary,
          form,
          { signUpDate: localDateInDays(6), rooms: 'https://rum.example/alle' },
          chat,
        ),
      );
      expect(textOf(saved)).toContain('«Unge uden uddannelse» er rettet.');
      expect(textOf(saved)).toContain('Ændret: tilmeldingsfrist, links til mødelokaler.');
      const after = (await discussionOf(h, discussionId)).discussion;
      expect(after.signUpDeadline).toBe(`${localDateInDays(6)}T12:00`);
      expect(after.rooms).toEqual({ kind: 'shared', url: 'https://rum.example/alle' });
      expect(after.title).toBe('Unge uden uddannelse');
      const [year, month, day] = localDateInDays(6).split('-');
      await h.connector.waitUntil(
        () => textOf(nowShown(h, post)).includes(`${day}.${month}.${year}, kl. 12.00`),
        15_000,
      );

      // The same card again: the discussion changed since it was drawn, so nothing is
      // overwritten; the card comes back as the discussion is now, and saving from it works.
      const stale = invokeCard(await save(h, secretary, form, { title: 'Gammel udgave' }, chat));
      expect(textOf(stale)).toContain(
        'Nogen har ændret gruppedrøftelsen, mens du havde kortet åbent',
      );
      expect(textOf(stale)).toContain('dine egne ændringer skal laves igen');
      expect(stale.body[1]?.['color']).toBe('Attention');
      expect((await discussionOf(h, discussionId)).discussion).toEqual(after);
      expect(inputsOf(stale)).toMatchObject({
        title: 'Unge uden uddannelse',
        signUpDate: localDateInDays(6),
        rooms: 'https://rum.example/alle',
      });
      expect(actionOf(stale, discussionVerbNames.saveEdit).data).toEqual({
        discussionId,
        sequence: after.sequence,
      });
      const again = invokeCard(
        await save(h, secretary, stale, { title: 'Unge uden uddannelse og job' }, chat),
      );
      expect(textOf(again)).toContain('«Unge uden uddannelse og job» er rettet.');
      expect((await discussionOf(h, discussionId)).discussion.title).toBe(
        'Unge uden uddannelse og job',
      );

      for (const card of h.cardsSeen()) expect(cardBytes(card)).toBeLessThanOrEqual(28_000);
    },
  );

  teamsTest(
    'in sign-up a chosen topic cannot be taken away (said under its title); fewer groups and one room for all form the proposal again',
    async ({ h }) => {
      clock.set(HARNESS_START);
      await personalChats(h, [secretary]);
      const { discussionId, chat } = await setUpInTeams(h);
      const councilId = h.council.id;
      for (const [memberId, topic] of [
        ['jonas', 'A'],
        ['amira', 'B'],
        ['karl', 'A'],
        ['lis', 'B'],
      ] as const)
        await h.bot.useCases.chooseTopic({ councilId, discussionId, memberId, topic });
      invokeCard(await click(h, secretary, discussionVerbNames.formGroups, { discussionId }, chat));
      const before = (await discussionOf(h, discussionId)).discussion;

      const form = await openEdit(h, chat);
      const dropped = invokeCard(
        await save(h, secretary, form, { topic2Title: '', topic2Questions: '' }, chat),
      );
      expect(problemUnder(dropped, 'topic2Title')).toContain('Emne B har 2 tilmeldte');
      expect((await discussionOf(h, discussionId)).discussion).toEqual(before);

      const fewer = invokeCard(
        await save(
          h,
          secretary,
          form,
          { sizingValue: 1, topic2Title: '', topic2Questions: '', rooms: '' },
          chat,
        ),
      );
      expect(textOf(fewer)).toContain('Emne B har 2 tilmeldte');
      expect((await discussionOf(h, discussionId)).discussion).toEqual(before);
      const regrouped = invokeCard(
        await save(h, secretary, form, { rooms: 'https://rum.example/alle' }, chat),
      );
      expect(textOf(regrouped)).toContain('Ændret: links til mødelokaler.');
      const sized = invokeCard(
        await save(h, secretary, await openEdit(h, chat), { sizing: 'size', sizingValue: 4 }, chat),
      );
      expect(textOf(sized)).toContain('Ændret: antal grupper.');
      expect(textOf(sized)).toContain('Grupperne er dannet igen');
      const after = await discussionOf(h, discussionId);
      expect(after.discussion.sizing).toEqual({ kind: 'size', size: 4 });
      expect(after.discussion.rooms).toEqual({ kind: 'shared', url: 'https://rum.example/alle' });
    },
  );

  teamsTest(
    'once the groups are announced the card shows topics, sizing and deadline as text; a new room link is saved and each member gets their group again',
    async ({ h }) => {
      clock.set(HARNESS_START);
      await personalChats(h, [secretary, jonas, amira, karl]);
      const { discussionId, chat } = await setUpInTeams(h, {
        topic2Title: '',
        topic2Questions: '',
      });
      const councilId = h.council.id;
      for (const memberId of ['jonas', 'amira', 'karl', 'lis'])
        await h.bot.useCases.chooseTopic({ councilId, discussionId, memberId, topic: 'A' });
      invokeCard(await click(h, secretary, discussionVerbNames.formGroups, { discussionId }, chat));
      const drawnInSignUp = await openEdit(h, chat);
      const announced = invokeCard(
        await click(
          h,
          secretary,
          discussionVerbNames.announce,
          { discussionId, confirmed: true },
          chat,
        ),
      );
      expect(textOf(announced)).toContain('er sendt ud');
      const told = (person: TeamsAccount) =>
        dmTexts(h, person).filter((text) => text.includes('Din gruppe i «Unge uden uddannelse»'));
      await h.connector.waitUntil(
        () => [jonas, amira, karl].every((person) => told(person).length === 1),
        20_000,
      );

      // A card drawn before the groups went out: refused, and drawn again as announced.
      const before = (await discussionOf(h, discussionId)).discussion;
      const stale = invokeCard(
        await save(h, secretary, drawnInSignUp, { sizingValue: 1, rooms: '' }, chat),
      );
      expect(textOf(stale)).toContain(
        'Nogen har ændret gruppedrøftelsen, mens du havde kortet åbent',
      );
      expect(textOf(stale)).toContain('Grupperne er udsendt, så emner, spørgsmål');
      expect(Object.keys(inputsOf(stale))).toEqual([
        'title',
        'windowDate',
        'windowStart',
        'windowEnd',
        'dueDate',
        'dueTime',
        'rooms',
      ]);
      expect(actionOf(stale, discussionVerbNames.saveEdit).data['sequence']).toBe(before.sequence);
      expect((await discussionOf(h, discussionId)).discussion).toEqual(before);

      const form = await openEdit(h, chat);
      expect(Object.keys(inputsOf(form))).toEqual([
        'title',
        'windowDate',
        'windowStart',
        'windowEnd',
        'dueDate',
        'dueTime',
        'rooms',
      ]);
      expect(textOf(form)).toContain('Grupperne er udsendt, så emner, spørgsmål');
      expect(textOf(form)).toContain('Emne A: Praktikpladser');
      expect(textOf(form)).toContain('Gruppernes størrelse: 2 grupper');
      const groups = (await discussionOf(h, discussionId)).proposal!.groups.length;
      expect(textOf(form)).toContain(`(${groups} grupper)`);

      const saved = invokeCard(
        await save(h, secretary, form, { rooms: 'https://rum.example/nyt-rum' }, chat),
      );
      expect(textOf(saved)).toContain('Ændret: links til mødelokaler.');
      expect(textOf(saved)).toContain('Alle deltagere har fået deres gruppe igen');
      expect((await discussionOf(h, discussionId)).discussion.rooms).toEqual({
        kind: 'shared',
        url: 'https://rum.example/nyt-rum',
      });
      await h.connector.waitUntil(
        () =>
          [jonas, amira, karl].every(
            (person) =>
              told(person).length === 2 && told(person)[1]!.includes('https://rum.example/nyt-rum'),
          ),
        20_000,
      );

      for (const card of h.cardsSeen()) expect(cardBytes(card)).toBeLessThanOrEqual(28_000);
    },
  );

  englishTest(
    'a council in English gets the card, its problems and the outcome in English',
    async ({ h }) => {
      clock.set(HARNESS_START);
      const chat = h.teams.personalChatWith(secretary);
      const started = await h.bot.useCases.startDiscussion({
        councilId: h.council.id,
        actorId: 'signe',
        title: 'Young people without training',
        topics: [{ title: 'Apprenticeships', questions: ['What works today?'] }],
        groupCount: 2,
        signUpDeadline: `${localDateInDays(5)}T12:00`,
        windowStart: `${localDateInDays(7)}T13:00`,
        windowEnd: `${localDateInDays(7)}T14:00`,
        summariesDue: `${localDateInDays(8)}T12:00`,
        roomLinks: [],
      });
      if (!started.ok) throw new Error(started.code);

      const status = cardIn(await say(h, secretary, 'groups', chat))!;
      const button = actionOf(status, discussionVerbNames.editForm);
      const form = invokeCard(
        await click(h, secretary, discussionVerbNames.editForm, button.data, chat),
      );
      expect(textOf(form)).toContain('Edit group discussion');
      expect(form.actions?.map((action) => action.title)).toEqual(['Save changes']);

      const bad = invokeCard(
        await save(h, secretary, form, { dueDate: localDateInDays(7), dueTime: '13:30' }, chat),
      );
      expect(problemUnder(bad, 'dueTime')).toContain(
        'Summaries can be due when the discussion ends',
      );
      const saved = invokeCard(
        await save(h, secretary, form, { title: 'Young people and apprenticeships' }, chat),
      );
      expect(textOf(saved)).toContain('“Young people and apprenticeships” is updated.');
      expect(textOf(saved)).toContain('Changed: title.');
    },
  );
});
