/**
 * A group discussion's groups and summaries in Teams, end to end through the
 * real Teams SDK endpoint against the fake Bot Connector and real Redis:
 * the proposal with a hand move kept on "Dan igen" and a role changed, the
 * announcement (a direct message to each member and one reply per group in
 * the card's thread), the referent's summary sent and edited (a very long
 * answer kept whole), the opsamling posted, and its comments hearing. The
 * clock stands still.
 */
import { describe, expect } from 'vitest';
import { discussionVerbNames } from '../../../../src/bot/teams/discussions/discussion-verb-names.ts';
import { cardBytes } from '../../../../src/bot/teams/meetings/card-text.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START } from '../../../fakes/test-instants.ts';
import { click, say } from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  TEAMS_BYSTANDER,
  teamsRosterYaml,
  teamsTestWith,
  textOf,
  type AdaptiveCardJson,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';
import { postsIn } from '../meetings/teams-agenda-support.ts';
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
const karl = TEAMS_BYSTANDER;

/** Four more members without Teams, so each of two groups has four people from several organisations. */
async function aLargerRoster(h: TeamsHarness) {
  const extra = [
    '  - { id: mette, name: Mette Dal, organisation: DA, role: medlem }',
    '  - { id: ole, name: Ole Bæk, organisation: Akademikerne, role: medlem }',
    '  - { id: rikke, name: Rikke Holt, organisation: Lederne, role: medlem }',
    '  - { id: sofus, name: Sofus Lind, organisation: KL, role: medlem }',
    '',
  ].join('\n');
  const imported = await h.bot.useCases.importRoster({
    format: 'yaml',
    text: teamsRosterYaml() + extra,
  });
  if (!imported.ok) throw new Error(`roster: ${imported.code}`);
}

async function viewOf(h: TeamsHarness, discussionId: string) {
  const shown = await h.bot.useCases.showDiscussion({ councilId: h.council.id, discussionId });
  if (!shown.ok) throw new Error(shown.code);
  return shown.value;
}

const groupOf = (
  view: Awaited<ReturnType<typeof viewOf>>,
  memberId: string,
): { key: string; members: readonly string[] } =>
  view.proposal!.groups.find((group) => group.members.includes(memberId))!;

describe('forming, announcing and summing up a group discussion in Teams', () => {
  teamsTest(
    'a hand move survives "Dan igen"; the groups go out by DM and one thread reply each; the referent sends and edits the summary; the opsamling is posted and sent for comments',
    async ({ h }) => {
      clock.set(HARNESS_START);
      await aLargerRoster(h);
      await personalChats(h, [secretary, jonas, amira, karl]);
      const { discussionId, post, chat } = await setUpInTeams(h, {
        topic2Title: '',
        topic2Questions: '',
      });
      const councilId = h.council.id;
      for (const memberId of ['jonas', 'amira', 'karl', 'lis'])
        await h.bot.useCases.chooseTopic({ councilId, discussionId, memberId, topic: 'A' });

      // "Dan grupper" from the secretary's own chat.
      const formed = invokeCard(
        await click(h, secretary, discussionVerbNames.formGroups, { discussionId }, chat),
      );
      expect(textOf(formed)).toContain('Grupperne er dannet.');
      expect(textOf(formed)).toContain('Forslag til grupper: Unge uden uddannelse');
      expect(textOf(formed)).toContain('Karl Vang (KL)');
      const before = await viewOf(h, discussionId);
      const target = before.proposal!.groups.find((group) => !group.members.includes('karl'))!;

      const moved = invokeCard(
        await click(
          h,
          secretary,
          discussionVerbNames.moveParticipant,
          { discussionId, moveMember: 'karl', moveGroup: target.key },
          chat,
        ),
      );
      expect(textOf(moved)).toContain(`Karl Vang er flyttet til gruppe ${target.key}.`);
      expect(textOf(moved)).toContain('Karl Vang (KL) — _flyttet i hånden_');

      const again = invokeCard(
        await click(h, secretary, discussionVerbNames.formGroups, { discussionId }, chat),
      );
      expect(textOf(again)).toContain('det flyttede i hånden er beholdt');
      expect(groupOf(await viewOf(h, discussionId), 'karl').key).toBe(target.key);

      const role = invokeCard(
        await click(
          h,
          secretary,
          discussionVerbNames.assignRole,
          { discussionId, roleGroup: target.key, roleName: 'referent', roleMember: 'karl' },
          chat,
        ),
      );
      expect(textOf(role)).toContain(`Karl Vang er nu referent i gruppe ${target.key}.`);

      // "Udsend grupperne" asks first.
      const asked = invokeCard(
        await click(
          h,
          secretary,
          discussionVerbNames.announce,
          { discussionId, confirmed: false },
          chat,
        ),
      );
      expect(textOf(asked)).toContain('Udsend grupperne?');
      // Before the deadline: announcing closes the sign-up early, and the question says so.
      expect(textOf(asked)).toMatch(/Tilmeldingen er åben til .+; den lukker, når du udsender\./);
      expect((await viewOf(h, discussionId)).discussion.status).toBe('sign_up');
      const announced = invokeCard(
        await click(h, secretary, discussionVerbNames.announce, asked.actions![0]!.data!, chat),
      );
      expect(textOf(announced)).toContain('Grupperne til «Unge uden uddannelse» er sendt ud');

      const view = await viewOf(h, discussionId);
      const groups = view.proposal!.groups;
      const threadId = `${h.channel.conversation.id};messageid=${post.id}`;
      await h.connector.waitUntil(
        () =>
          postsIn(h, threadId).length === groups.length &&
          [jonas, amira, karl].every((person) =>
            dmTexts(h, person).some((text) => text.includes('Din gruppe i «Unge uden uddannelse»')),
          ),
        20_000,
      );
      const replies = postsIn(h, threadId).map((reply) => textOf(cardIn(reply.activity)));
      expect(replies.map((text) => text.split('\n')[0])).toEqual(
        groups.map((group) => `Gruppe ${group.key} — Praktikpladser`),
      );
      const karlsDm = h.connector
        .sentActivities(h.teams.personalChatWith(karl).conversation.id)
        .map((activity) => cardIn(activity))
        .find((card) => textOf(card).includes('Din gruppe i'))!;
      expect(textOf(karlsDm)).toContain(
        `Din gruppe i «Unge uden uddannelse»: gruppe ${target.key}`,
      );
      expect(textOf(karlsDm)).toContain('1. Hvad virker i dag?');
      expect(textOf(karlsDm)).toContain('Referent: Karl Vang');
      expect(textOf(karlsDm)).toContain('https://rum.example/gruppe-');
      expect(karlsDm.actions?.map((action) => action.title)).toEqual(['Skriv opsamling']);
      await h.connector.waitUntil(
        () => textOf(nowShown(h, post)).includes('Grupperne er sendt ud'),
        15_000,
      );

      // The referent writes the summary from the button in his chat, then edits it.
      const karlChat = h.teams.personalChatWith(karl);
      const form = invokeCard(
        await click(
          h,
          karl,
          discussionVerbNames.writeSummary,
          karlsDm.actions![0]!.data!,
          karlChat,
        ),
      );
      expect(textOf(form)).toContain(`Opsamling fra gruppe ${target.key}`);
      const submit = form.actions![0]!;
      // Two long answers: within what is stored (20,000 each), more than one card holds.
      const long = 'Gruppen talte længe om praktikpladser. '.repeat(480);
      const longToo = 'Virksomhederne skal med fra start. '.repeat(300);
      const sent = invokeCard(
        await click(
          h,
          karl,
          discussionVerbNames.saveSummary,
          {
            ...submit.data,
            answer0: long,
            answer1: longToo,
            notes: 'Mere tid.',
          },
          karlChat,
        ),
      );
      expect(textOf(sent)).toContain(`Gruppe ${target.key}s opsamling er modtaget.`);
      // The card holds the long answer cut, with a note; sent back unchanged, the whole is kept.
      expect(cardBytes(sent)).toBeLessThanOrEqual(28_000);
      expect(textOf(sent)).toContain('Lader du feltet stå, beholdes hele den gemte tekst.');
      const shownAnswer = inputValue(sent, 'answer0');
      expect(shownAnswer.length).toBeLessThan(long.trim().length);
      const edited = invokeCard(
        await click(
          h,
          karl,
          discussionVerbNames.saveSummary,
          {
            ...sent.actions![0]!.data,
            answer0: shownAnswer,
            answer1: 'Tale med flere virksomheder.',
            notes: 'Mere tid.',
          },
          karlChat,
        ),
      );
      expect(textOf(edited)).toContain(`Gruppe ${target.key}s opsamling er rettet (revision 2).`);
      const stored = (await viewOf(h, discussionId)).summaries.find(
        (s) => s.groupKey === target.key,
      )!;
      expect(stored.answers).toEqual([long.trim(), 'Tale med flere virksomheder.']);
      // A send from the older card (revision 1) is refused, nothing overwritten.
      const stale = invokeCard(
        await click(
          h,
          karl,
          discussionVerbNames.saveSummary,
          { ...sent.actions![0]!.data, answer0: 'Gammelt', answer1: 'Gammelt', notes: '' },
          karlChat,
        ),
      );
      expect(textOf(stale)).toContain('Dine ændringer er ikke gemt.');
      expect(
        (await viewOf(h, discussionId)).summaries.find((s) => s.groupKey === target.key)!.revision,
      ).toBe(2);
      // Jonas, not the writer, is told so.
      const notWriter = groups.find(
        (group) => group.key !== target.key && group.members.includes('jonas'),
      );
      if (
        notWriter !== undefined &&
        (await viewOf(h, discussionId)).writers[notWriter.key] !== 'jonas'
      )
        expect(
          answerText(
            await click(
              h,
              jonas,
              discussionVerbNames.writeSummary,
              { discussionId },
              h.teams.personalChatWith(jonas),
            ),
          ),
        ).not.toContain('Send opsamling');

      // "grupper" → "Saml op nu" asks first; the opsamling comes in the channel.
      const status = cardIn(await say(h, secretary, 'grupper', chat))!;
      expect(textOf(status)).toContain(`1 af ${groups.length} opsamlinger modtaget`);
      const compileButton = findAction(status, discussionVerbNames.compile);
      const sure = invokeCard(
        await click(h, secretary, discussionVerbNames.compile, compileButton.data!, chat),
      );
      expect(textOf(sure)).toContain('Saml op nu?');
      const compiled = invokeCard(
        await click(h, secretary, discussionVerbNames.compile, sure.actions![0]!.data!, chat),
      );
      expect(textOf(compiled)).toContain(
        'Opsamlingen fra «Unge uden uddannelse» er sendt til rådets kanal.',
      );
      const opsamlingPost = () =>
        postsIn(h, h.channel.conversation.id).find((p) =>
          textOf(cardIn(p.activity)).startsWith('Opsamling fra gruppedrøftelser'),
        );
      await h.connector.waitUntil(() => opsamlingPost() !== undefined, 15_000);
      const opsamling = cardIn(opsamlingPost()!.activity)!;
      expect(textOf(opsamling)).toContain('Emne A: Praktikpladser');
      expect(textOf(opsamling)).toContain(`Gruppe ${target.key}`);
      expect(JSON.stringify(opsamling)).toContain('Action.ToggleVisibility');
      expect(textOf(opsamling)).toContain('Ingen opsamling fra:');

      // "Send i høring til kommentering": prefilled from the opsamling, sent as a comments hearing.
      const member = answerText(
        await click(h, amira, discussionVerbNames.commentsForm, { discussionId }, h.channel),
      );
      expect(member).toContain('Kun sekretariatet og formandskabet');
      const commentsForm = invokeCard(
        await click(h, secretary, discussionVerbNames.commentsForm, { discussionId }, h.channel),
      );
      const proposal = inputValue(commentsForm, 'proposal');
      expect(proposal).toContain('Opsamling fra gruppedrøftelser');
      const hearing = invokeCard(
        await click(
          h,
          secretary,
          discussionVerbNames.sendForComments,
          {
            ...commentsForm.actions![0]!.data,
            proposal,
            deadlineDate: inputValue(commentsForm, 'deadlineDate'),
            deadlineTime: inputValue(commentsForm, 'deadlineTime'),
          },
          h.channel,
        ),
      );
      expect(textOf(hearing)).toContain('sendt i høring til kommentering og supplering');
      const after = await viewOf(h, discussionId);
      expect(after.opsamling?.hearingId).toBeDefined();

      for (const card of h.cardsSeen()) expect(cardBytes(card)).toBeLessThanOrEqual(28_000);
    },
  );
});

/** An input's value on a card, as text. */
function inputValue(card: AdaptiveCardJson, id: string): string {
  let found = '';
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['id'] === id && String(record['type']).startsWith('Input.'))
      found = String(record['value'] ?? '');
    Object.values(record).forEach(walk);
  };
  walk(card.body);
  return found;
}

/** The first Action.Execute with this verb anywhere on a card. */
function findAction(card: AdaptiveCardJson, verb: string) {
  let found: { data?: Record<string, unknown> } | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object' || found) return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Action.Execute' && record['verb'] === verb)
      found = record as { data?: Record<string, unknown> };
    Object.values(record).forEach(walk);
  };
  walk(card);
  if (found === undefined) throw new Error(`no ${verb} button`);
  return found;
}
