/**
 * The actions on each agenda item's reply in the meeting's thread, end to
 * end: signed clicks into the real Bolt app, the fake Slack Web API, real
 * Redis and the outbox. "Start høring" on a B item leads through the
 * existing hearing form to a vote, its result prefills the Beslutning, and
 * the saved Beslutning shows in the item's reply, updated in place.
 */
import { describe, expect } from 'vitest';
import { callbackIds } from '../../../../src/bot/slack/hearings/hearing-ids.ts';
import {
  meetingActionIds,
  meetingCallbackIds,
} from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { localDateInDays } from '../../../fakes/test-instants.ts';
import {
  councilChannelId,
  councilTeam,
  deadlineInDays,
  eventually,
  seedCouncil,
  type SlackCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { hearingFormValues, voteClick } from '../../../support/slack-payloads.ts';
import { blockAction, viewSubmission } from '../../../support/slack-requests.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest } from '../../../support/slack-test.ts';

const agenda = `1. Rådets arbejde

1.1 Orientering fra formandskabet (O)
Sagen kort: Formanden orienterer om de seneste møder.

1.2 Budget for 2028 (B)
Sagen kort: Sekretariatet har lagt et udkast til budget frem.
Indstilling: Det indstilles, at Rådet godkender budgettet.
Sagsfremstilling: Budgettet bygger på de seneste tre års forbrug og den nye aftale om midler til opkvalificering.

1.3 Unge uden uddannelse (D)
Sagen kort: Jobcentret fortæller om de unge uden uddannelse.
`;

const textOf = (value: unknown): string => JSON.stringify(value);

interface PublishedMeeting {
  readonly seeded: SlackCouncil;
  readonly meetingId: string;
  readonly overviewTs: string;
  /** The item's reply in the overview's thread, as it is now. */
  replyOf(number: string): { blocks: unknown; updateCount: number; ts: string };
  /** A click on one of the item's buttons by a roster member. */
  click(actionId: string, userId: string, value: string): Promise<void>;
}

async function aPublishedMeeting(bot: SlackHarness): Promise<PublishedMeeting> {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const day = localDateInDays(14, bot.deps.clock.now());
  const actorId = seeded.roster.secretary.id;
  const councilId = seeded.council.id;
  const created = await bot.useCases.createMeeting({
    councilId,
    actorId,
    title: 'Rådsmøde',
    start: `${day}T13:00`,
    end: `${day}T16:00`,
  });
  if (!created.ok) throw new Error(`createMeeting: ${created.code}`);
  const meetingId = created.value.meeting.id;
  const imported = await bot.useCases.importAgendaIntoMeeting({
    councilId,
    actorId,
    meetingId,
    format: 'text',
    text: agenda,
  });
  if (!imported.ok) throw new Error(`importAgendaIntoMeeting: ${imported.code}`);
  const published = await bot.useCases.publishAgenda({ councilId, actorId, meetingId });
  if (!published.ok) throw new Error(`publishAgenda: ${published.code}`);
  const overview = await eventually(() => {
    const messages = bot.slack.messagesIn(councilChannelId);
    const top = messages.find((message) => message.threadTs === undefined);
    const replies = messages.filter((message) => message.threadTs === top?.ts);
    return replies.length === 3 ? top : undefined;
  }, 'the agenda is published');
  const replyOf = (number: string) => {
    const found = bot.slack
      .messagesIn(councilChannelId)
      .find(
        (message) => message.threadTs === overview.ts && message.text?.startsWith(`${number} `),
      );
    if (found === undefined) throw new Error(`no reply for item ${number}`);
    return found;
  };
  const click = async (actionId: string, userId: string, value: string) => {
    const answer = await bot.post(
      blockAction({
        actionId,
        value,
        userId,
        teamId: councilTeam,
        channelId: councilChannelId,
        messageTs: replyOf('1.2').ts,
        blockId: 'meeting.item',
        responseUrl: `${bot.slack.hooksUrl}actions/${userId}`,
      }),
    );
    expect(answer.status).toBe(200);
  };
  return { seeded, meetingId, overviewTs: overview.ts, replyOf, click };
}

const item = (meetingId: string, number: string) => JSON.stringify({ meetingId, item: number });

/** The n-th answer to a response_url (ephemeral, to the one who clicked), once it has come. */
const answerNumber = (bot: SlackHarness, n: number) =>
  eventually(() => bot.slack.callsTo('response_url')[n - 1]?.args, `answer ${n} is given`);

/** The n-th modal opened, once it is. */
const modalNumber = (bot: SlackHarness, n: number) =>
  eventually(
    () => bot.slack.callsTo('views.open')[n - 1]?.args.view as Record<string, unknown> | undefined,
    `modal ${n} opens`,
  );

const elementsByBlock = (view: Record<string, unknown>) =>
  Object.fromEntries(
    (view.blocks as { block_id?: string; element?: Record<string, unknown> }[]).map((block) => [
      block.block_id,
      block.element,
    ]),
  );

const decisionValues = (block: string, text: string) => ({
  [block]: { value: { type: 'plain_text_input', value: text } },
});

describe("an agenda item's actions in Slack", () => {
  slackTest(
    '"Start høring" on a B item opens the hearing form prefilled and linked; after the vote the Beslutning form is prefilled from the result, and the saved Beslutning shows in the item’s reply, updated in place',
    async ({ bot }) => {
      const { seeded, meetingId, replyOf, click } = await aPublishedMeeting(bot);
      const { roster, userOf, council } = seeded;
      const secretary = userOf(roster.secretary);
      expect(textOf(replyOf('1.2').blocks)).toContain(meetingActionIds.startHearing);

      await click(meetingActionIds.startHearing, secretary, item(meetingId, '1.2'));
      const form = await modalNumber(bot, 1);
      expect(form.callback_id).toBe(callbackIds.openHearing);
      const prefilled = elementsByBlock(form);
      expect(prefilled['title']).toMatchObject({ initial_value: 'Budget for 2028' });
      expect(prefilled['proposal']).toMatchObject({
        initial_value: 'Det indstilles, at Rådet godkender budgettet.',
      });
      expect(prefilled['agendaItem']).toMatchObject({ initial_value: '1.2' });
      expect(prefilled['channel']).toMatchObject({ initial_conversation: councilChannelId });

      const submitted = await bot.post(
        viewSubmission({
          callbackId: callbackIds.openHearing,
          userId: secretary,
          teamId: councilTeam,
          privateMetadata: String(form.private_metadata),
          values: hearingFormValues({
            title: 'Budget for 2028',
            proposal: 'Det indstilles, at Rådet godkender budgettet.',
            agendaItem: '1.2',
            date: deadlineInDays(7, bot.deps.clock.now()).date,
          }),
        }),
      );
      expect(submitted.json).toMatchObject({ response_action: 'update' });
      const [hearing] = await bot.stores.hearings.openHearings(council.id);
      expect(hearing).toMatchObject({ title: 'Budget for 2028', meetingId, agendaItem: '1.2' });

      for (const member of roster.members.slice(0, 5))
        await bot.post(
          voteClick(bot, { userId: userOf(member), hearingId: hearing!.id, choice: 'for' }),
        );
      expect(await bot.stores.hearings.ballots(council.id, hearing!.id)).toHaveLength(5);
      const closed = await bot.useCases.closeHearing({
        councilId: council.id,
        hearingId: hearing!.id,
        actorId: roster.secretary.id,
      });
      expect(closed.ok).toBe(true);

      await click(meetingActionIds.recordDecision, secretary, item(meetingId, '1.2'));
      const decisionForm = await modalNumber(bot, 2);
      expect(decisionForm.callback_id).toBe(meetingCallbackIds.recordDecision);
      expect(JSON.parse(String(decisionForm.private_metadata))).toEqual({
        meetingId,
        item: '1.2',
        revision: 0,
      });
      const draft = elementsByBlock(decisionForm)['decisionText.0'] as { initial_value: string };
      expect(draft.initial_value).toBe('Rådet vedtog indstillingen (For 5, Imod 0, Undlader 0)');
      expect(textOf(decisionForm)).toContain('resultatet af høringen «Budget for 2028»');

      const saved = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.recordDecision,
          userId: secretary,
          teamId: councilTeam,
          privateMetadata: String(decisionForm.private_metadata),
          values: decisionValues('decisionText.0', draft.initial_value),
        }),
      );
      expect(saved.json).toMatchObject({
        response_action: 'update',
        view: { title: { text: 'Beslutning gemt' } },
      });

      await eventually(
        () => textOf(replyOf('1.2').blocks).includes('Rådet vedtog indstillingen (For 5'),
        'the item’s reply shows the Beslutning',
      );
      const reply = replyOf('1.2');
      expect(reply.updateCount).toBe(1);
      expect(textOf(reply.blocks)).toContain(
        `Beslutningen er registreret af ${roster.secretary.name}`,
      );
      expect(textOf(reply.blocks)).toContain('Ret beslutning');
      expect(textOf(reply.blocks)).not.toContain(meetingActionIds.startHearing);
      // One overview, three item replies: nothing was posted twice.
      expect(replyOf('1.1').updateCount).toBe(0);
      expect(replyOf('1.3').updateCount).toBe(0);
    },
  );

  slackTest(
    'two secretaries save the same item: the second is told who changed it and what it says now, keeps their text, and may save it over',
    async ({ bot }) => {
      const { seeded, meetingId, click } = await aPublishedMeeting(bot);
      const { roster, userOf, council } = seeded;
      const secretary = userOf(roster.secretary);
      const chair = userOf(roster.chair);
      await click(meetingActionIds.recordDecision, chair, item(meetingId, '1.3'));
      await click(meetingActionIds.recordDecision, secretary, item(meetingId, '1.3'));
      const [chairForm, secretaryForm] = [await modalNumber(bot, 1), await modalNumber(bot, 2)];
      const save = (userId: string, form: Record<string, unknown>, block: string, text: string) =>
        bot.post(
          viewSubmission({
            callbackId: meetingCallbackIds.recordDecision,
            userId,
            teamId: councilTeam,
            privateMetadata: String(form.private_metadata),
            values: decisionValues(block, text),
          }),
        );

      const first = await save(chair, chairForm, 'decisionText.0', 'Rådet drøftede sagen.');
      expect(first.json).toMatchObject({
        response_action: 'update',
        view: { callback_id: 'done' },
      });
      const mine = 'Rådet drøftede sagen og bad sekretariatet om et oplæg.';
      const second = await save(secretary, secretaryForm, 'decisionText.0', mine);
      expect(second.json).toMatchObject({
        response_action: 'update',
        view: { callback_id: meetingCallbackIds.recordDecision },
      });
      const back = (second.json as { view: Record<string, unknown> }).view;
      expect(textOf(back)).toContain(`ændret af ${roster.chair.name}`);
      expect(textOf(back)).toContain('Beslutningen er nu: «Rådet drøftede sagen.»');
      expect(elementsByBlock(back)['decisionText.1']).toMatchObject({ initial_value: mine });
      expect(JSON.parse(String(back.private_metadata))).toMatchObject({ revision: 1 });
      const stored = await bot.deps.decisions.decisions(council.id, meetingId);
      expect(stored).toMatchObject([{ item: '1.3', text: 'Rådet drøftede sagen.', revision: 1 }]);

      // Having seen the chair's decision, the secretary saves theirs over it.
      const again = await save(secretary, back, 'decisionText.1', mine);
      expect(again.json).toMatchObject({
        response_action: 'update',
        view: { callback_id: 'done' },
      });
      expect(await bot.deps.decisions.decisions(council.id, meetingId)).toMatchObject([
        { item: '1.3', text: mine, revision: 2 },
      ]);
    },
  );

  slackTest(
    '"Taget til efterretning" on an O item is recorded with who and when, and the reply shows it; a member clicking it is refused and nothing changes',
    async ({ bot }) => {
      const { seeded, meetingId, replyOf, click } = await aPublishedMeeting(bot);
      const { roster, userOf, council } = seeded;
      expect(textOf(replyOf('1.1').blocks)).toContain(meetingActionIds.noteItem);
      expect(textOf(replyOf('1.1').blocks)).not.toContain(meetingActionIds.startHearing);

      await click(meetingActionIds.noteItem, userOf(roster.members[0]!), item(meetingId, '1.1'));
      expect(await answerNumber(bot, 1)).toMatchObject({
        response_type: 'ephemeral',
        text: expect.stringContaining('Kun sekretariatet og formandskabet'),
      });
      expect(await bot.deps.decisions.decisions(council.id, meetingId)).toEqual([]);

      await click(meetingActionIds.noteItem, userOf(roster.secretary), item(meetingId, '1.1'));
      expect(await answerNumber(bot, 2)).toMatchObject({
        text: 'Punkt 1.1 er taget til efterretning.',
      });
      expect(await bot.deps.decisions.decisions(council.id, meetingId)).toMatchObject([
        {
          item: '1.1',
          noted: true,
          recordedBy: roster.secretary.id,
          text: 'Taget til efterretning.',
        },
      ]);
      await eventually(
        () => textOf(replyOf('1.1').blocks).includes('Taget til efterretning af'),
        'the reply shows who noted it',
      );
      const blocks = textOf(replyOf('1.1').blocks);
      expect(blocks).toContain(`Taget til efterretning af ${roster.secretary.name}`);
      expect(blocks).not.toContain(meetingActionIds.noteItem);
      expect(blocks).toContain('Ret beslutning');

      // The button sends the revision its reply showed: clicked again on a stale reply, it is refused.
      await click(
        meetingActionIds.noteItem,
        userOf(roster.secretary),
        JSON.stringify({ meetingId, item: '1.1', revision: 0 }),
      );
      expect(String((await answerNumber(bot, 3)).text)).toContain('Punkt 1.1');
      expect(await bot.deps.decisions.decisions(council.id, meetingId)).toMatchObject([
        { item: '1.1', noted: true, revision: 1 },
      ]);
    },
  );

  slackTest(
    'a member asking for the Beslutning form or "Start høring" is told who may; anyone may read the whole item',
    async ({ bot }) => {
      const { seeded, meetingId, click } = await aPublishedMeeting(bot);
      const member = seeded.userOf(seeded.roster.members[1]!);

      await click(meetingActionIds.recordDecision, member, item(meetingId, '1.2'));
      expect(await answerNumber(bot, 1)).toMatchObject({
        text: expect.stringContaining('Kun sekretariatet og formandskabet'),
      });
      await click(meetingActionIds.startHearing, member, item(meetingId, '1.2'));
      expect((await answerNumber(bot, 2))['text']).toMatch(/sekretariatet/i);

      await click(meetingActionIds.showItem, member, item(meetingId, '1.2'));
      const whole = await modalNumber(bot, 1);
      expect(whole.callback_id).toBe(meetingCallbackIds.itemText);
      expect(textOf(whole)).toContain('*Sagsfremstilling*');
      expect(textOf(whole)).toContain('den nye aftale om midler til opkvalificering');
      expect(bot.slack.callsTo('views.open')).toHaveLength(1);
    },
  );

  slackTest(
    'a forged or stale value (bad JSON, unknown meeting, unknown item, a forged form) gets an answer and no crash',
    async ({ bot }) => {
      const { seeded, meetingId, click } = await aPublishedMeeting(bot);
      const secretary = seeded.userOf(seeded.roster.secretary);

      await click(meetingActionIds.recordDecision, secretary, 'not json');
      expect((await answerNumber(bot, 1))['text']).toContain('Knappen peger ikke på et punkt');
      await click(meetingActionIds.noteItem, secretary, item('m9999', '1.1'));
      expect((await answerNumber(bot, 2))['text']).toContain('Mødet findes ikke');
      await click(meetingActionIds.recordDecision, secretary, item(meetingId, '9.9'));
      expect((await answerNumber(bot, 3))['text']).toContain('Mødet har intet punkt 9.9');
      await click(meetingActionIds.showItem, secretary, item(meetingId, '9.9'));
      expect((await answerNumber(bot, 4))['text']).toContain('Knappen peger ikke på et punkt');
      await click(meetingActionIds.startHearing, secretary, JSON.stringify({ meetingId: 7 }));
      expect((await answerNumber(bot, 5))['text']).toContain('Knappen peger ikke på et punkt');

      const forged = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.recordDecision,
          userId: secretary,
          teamId: councilTeam,
          privateMetadata: '{"meetingId":',
          values: decisionValues('decisionText.0', 'Rådet vedtog.'),
        }),
      );
      expect(forged.json).toEqual({
        response_action: 'errors',
        errors: { 'decisionText.0': expect.stringContaining('Formularen kan ikke læses') },
      });
      const empty = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.recordDecision,
          userId: secretary,
          teamId: councilTeam,
          privateMetadata: JSON.stringify({ meetingId, item: '1.2', revision: 0 }),
          values: decisionValues('decisionText.0', '   '),
        }),
      );
      expect(empty.json).toMatchObject({ response_action: 'errors' });
      expect(bot.slack.callsTo('views.open')).toHaveLength(0);
      expect(await bot.deps.decisions.decisions(seeded.council.id, meetingId)).toEqual([]);
    },
  );
});
