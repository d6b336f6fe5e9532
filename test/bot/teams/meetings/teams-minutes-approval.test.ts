/**
 * The referat in Teams, end to end through the real endpoint and the fake
 * connector: "referat" → the card form → the summary card in the council's
 * channel with signed links → approvals by clicks → a remark → the
 * secretary's "godkendelser" → the deadline job approves it.
 */
import { describe, expect } from 'vitest';
import { meetingVerbNames } from '../../../../src/bot/teams/meetings/meeting-verb-names.ts';
import { meetingJobIds, meetingQueueNames } from '../../../../src/jobs/meetings/meeting-queues.ts';
import type { WireActivity } from '../../../fakes/fake-bot-connector.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { TEAMS_PEOPLE } from '../../../support/teams-activities.ts';
import { click, replyText, say } from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  textOf,
  teamsTestWith,
  TEAMS_BYSTANDER,
  type PostAnswer,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';

const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;
const karl = TEAMS_BYSTANDER;

/** Monday 23 November 2026, 09.00 in Copenhagen; the meeting is the next day. */
const clock = new FixedClock('2026-11-23T08:00:00.000Z');
const teamsTest = teamsTestWith({ clock });

const agenda = `1. Rådets arbejde

1.1 Velkomst (O)
Sagen kort: Formanden byder velkommen.

1.2 Budget for 2028 (B)
Indstilling: Det indstilles, at Rådet godkender budgettet.
`;

async function aHeldMeeting(h: TeamsHarness): Promise<string> {
  clock.set('2026-11-23T08:00:00.000Z');
  const councilId = h.council.id;
  const created = await h.bot.useCases.createMeeting({
    councilId,
    actorId: 'signe',
    title: 'Rådsmøde',
    start: '2026-11-24T13:00',
    end: '2026-11-24T16:00',
  });
  if (!created.ok) throw new Error(`createMeeting: ${created.code}`);
  const meetingId = created.value.meeting.id;
  const imported = await h.bot.useCases.importAgendaIntoMeeting({
    councilId,
    actorId: 'signe',
    meetingId,
    format: 'text',
    text: agenda,
  });
  if (!imported.ok) throw new Error(`import: ${imported.code}`);
  clock.set('2026-11-24T16:00:00.000Z');
  const decided = await h.bot.useCases.recordDecision({
    councilId,
    actorId: 'signe',
    meetingId,
    itemNumber: '1.2',
    text: 'Rådet godkendte budgettet.',
  });
  if (!decided.ok) throw new Error(`recordDecision: ${decided.code}`);
  return meetingId;
}

/** What a click was answered with, as text: a line, or the card's words. */
const answerText = (answer: PostAnswer): string => {
  expect(answer.status).toBe(200);
  const value = answer.body?.value;
  return typeof value === 'string' ? value : textOf(value);
};

const channelCards = (h: TeamsHarness) =>
  h.connector
    .sentActivities(h.channel.conversation.id)
    .filter((activity) => cardIn(activity) !== undefined);

/** The summary card as the channel shows it now: its post, or its latest update. */
function summaryNow(h: TeamsHarness): { id: string; text: string } | undefined {
  const posted = h.connector.calls.find(
    (call) =>
      call.conversationId === h.channel.conversation.id &&
      call.method === 'POST' &&
      call.status < 300 &&
      textOf(cardIn(call.body as WireActivity)).includes('Referat til godkendelse'),
  );
  if (posted === undefined) return undefined;
  const id = String((posted.response as { id: string }).id);
  const latest = h.connector.updatesOf(id).at(-1) ?? (posted.body as WireActivity);
  return { id, text: textOf(cardIn(latest)) };
}

describe('the referat approved in Teams', () => {
  teamsTest(
    'the secretary sends the referat from a card form; the channel gets the summary with working links, members approve and remark by clicks, and the deadline job approves it',
    async ({ h }) => {
      const meetingId = await aHeldMeeting(h);
      const chat = h.teams.personalChatWith(secretary);

      const form = await say(h, secretary, `referat ${meetingId}`, chat);
      const formCard = cardIn(form);
      expect(textOf(formCard)).toContain('Frist for godkendelse');
      expect(JSON.stringify(formCard)).toContain('"value":"2026-12-01"');

      const sent = await click(
        h,
        secretary,
        meetingVerbNames.sendMinutes,
        { meetingId, title: 'Rådsmøde', deadlineDate: '2026-11-30', deadlineTime: '12:00' },
        chat,
        form.id ?? 'form',
      );
      expect(answerText(sent)).toContain('Referatet af Rådsmøde er sendt til godkendelse');

      await h.connector.waitUntil(() => summaryNow(h) !== undefined, 10_000);
      const summary = summaryNow(h)!;
      expect(summary.text).toContain('1.2 Budget for 2028');
      expect(summary.text).toContain('Beslutning: Rådet godkendte budgettet.');
      expect(summary.text).toContain('Godkend senest 30. november 2026 kl. 12.00.');
      expect(summary.text).toContain('Godkend referat');

      const word = /\[Word-dokument\]\((http[^)]+)\)/.exec(summary.text)?.[1];
      const markdown = /\[Markdown\]\((http[^)]+)\)/.exec(summary.text)?.[1];
      const docx = await fetch(word!);
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-type')).toContain('wordprocessingml');
      const md = await fetch(markdown!);
      expect(md.status).toBe(200);
      expect(await md.text()).toContain('Rådet godkendte budgettet.');

      const place = h.channel;
      expect(
        answerText(
          await click(h, jonas, meetingVerbNames.approveMinutes, { meetingId }, place, summary.id),
        ),
      ).toBe('Du har godkendt referatet af Rådsmøde kl. 17.00.');
      clock.set('2026-11-25T09:30:00.000Z');
      expect(
        answerText(
          await click(h, amira, meetingVerbNames.approveMinutes, { meetingId }, place, summary.id),
        ),
      ).toBe('Du har godkendt referatet af Rådsmøde kl. 10.30.');
      expect(
        answerText(
          await click(h, jonas, meetingVerbNames.approveMinutes, { meetingId }, place, summary.id),
        ),
      ).toBe('Du har allerede godkendt referatet af Rådsmøde kl. 17.00.');
      // A remark after one's approval is refused at the click: no form to write in vain.
      expect(
        answerText(
          await click(h, jonas, meetingVerbNames.remarkOnMinutes, { meetingId }, place, summary.id),
        ),
      ).toBe(
        'Du godkendte referatet af Rådsmøde kl. 17.00, og den godkendelse står ved magt. En bemærkning gives sammen med godkendelsen; skriv til sekretariatet, hvis du vil tilføje noget.',
      );
      await h.connector.waitUntil(
        () => summaryNow(h)?.text.includes('2 af 4 har godkendt') === true,
        10_000,
      );

      const remarkForm = invokeCard(
        await click(h, karl, meetingVerbNames.remarkOnMinutes, { meetingId }, place, summary.id),
      );
      expect(textOf(remarkForm)).toContain('Din bemærkning til referatet');
      expect(
        answerText(
          await click(
            h,
            karl,
            meetingVerbNames.saveMinutesRemark,
            { meetingId, remark: 'Pkt. 1.2: mit indlæg manglede.' },
            place,
            summary.id,
          ),
        ),
      ).toContain('Din bemærkning: Pkt. 1.2: mit indlæg manglede.');

      const status = replyText(await say(h, secretary, `godkendelser ${meetingId}`, chat));
      expect(status).toContain('Har godkendt (3):');
      expect(status).toContain('Pkt. 1.2: mit indlæg manglede.');
      expect(status).toContain('Mangler (1): Lis Mørk');

      // The deadline passes; the job planned when the referat was sent approves it.
      clock.set('2026-11-30T11:05:00.000Z');
      const job = await h.bot.queues
        .named(meetingQueueNames.minutesDeadline)
        .getJob(meetingJobIds.minutesDeadline(h.council.id, meetingId, '2026-11-30T12:00'));
      await job!.promote();
      await h.connector.waitUntil(
        (connector) =>
          connector
            .sentActivities(h.channel.conversation.id)
            .some((activity) => activity.text === 'Referatet er godkendt. 3 af 4 godkendte det.'),
        10_000,
      );
      await h.connector.waitUntil(
        () => summaryNow(h)?.text.includes('Referat godkendt: Rådsmøde') === true,
        10_000,
      );
      expect(summaryNow(h)?.text).not.toContain('Godkend referat');
      const meeting = await h.bot.useCases.showMeeting({ councilId: h.council.id, meetingId });
      expect(meeting.ok && meeting.value.meeting.status).toBe('minutes_approved');

      expect(
        answerText(
          await click(h, amira, meetingVerbNames.approveMinutes, { meetingId }, place, summary.id),
        ),
      ).toBe('Referatet er allerede godkendt og kan ikke ændres.');
      expect(channelCards(h).length).toBeGreaterThan(0);
    },
  );

  teamsTest(
    'a member can neither generate nor close the referat; a forged meeting id is answered; the secretary closes after a confirmation',
    async ({ h }) => {
      const meetingId = await aHeldMeeting(h);
      const amiraChat = h.teams.personalChatWith(amira);
      expect(replyText(await say(h, amira, `referat ${meetingId}`, amiraChat))).toContain(
        'sekretariatet',
      );
      expect(
        answerText(
          await click(h, amira, meetingVerbNames.generateMinutes, { meetingId }, amiraChat),
        ),
      ).toContain('sekretariatet');

      const chat = h.teams.personalChatWith(secretary);
      await click(
        h,
        secretary,
        meetingVerbNames.sendMinutes,
        { meetingId, deadlineDate: '2026-11-30', deadlineTime: '12:00' },
        chat,
      );
      await h.connector.waitUntil(() => summaryNow(h) !== undefined, 10_000);

      expect(
        answerText(await click(h, amira, meetingVerbNames.closeMinutes, { meetingId }, h.channel)),
      ).toContain('sekretariatet');
      expect(
        answerText(
          await click(
            h,
            amira,
            meetingVerbNames.approveMinutes,
            { meetingId: 'm-forged' },
            h.channel,
          ),
        ),
      ).toContain('Mødet findes ikke');

      const confirm = invokeCard(
        await click(h, secretary, meetingVerbNames.closeMinutes, { meetingId }, h.channel),
      );
      expect(textOf(confirm)).toContain('Det kan ikke fortrydes.');
      expect(
        answerText(
          await click(
            h,
            secretary,
            meetingVerbNames.closeMinutes,
            { meetingId, confirmed: true },
            h.channel,
          ),
        ),
      ).toBe('Referatet af Rådsmøde er godkendt.');
      await h.connector.waitUntil(
        (connector) =>
          connector
            .sentActivities(h.channel.conversation.id)
            .some((activity) => activity.text === 'Referatet er godkendt. 0 af 4 godkendte det.'),
        10_000,
      );
      // After the close there is nothing to remark on: no form, and why.
      expect(
        answerText(
          await click(h, amira, meetingVerbNames.remarkOnMinutes, { meetingId }, h.channel),
        ),
      ).toBe('Referatet er allerede godkendt og kan ikke ændres.');
    },
  );
});
