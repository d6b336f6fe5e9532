/**
 * A hearing's life in Slack, end to end: signed requests into the real
 * HTTPReceiver, Web API calls to the fake Slack, Redis stores, BullMQ outbox.
 */
import { describe, expect } from 'vitest';
import { callbackIds } from '../../../../src/bot/slack/hearings/hearing-ids.ts';
import {
  councilChannelId,
  councilTeam,
  deadlineInDays,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { hearingFormValues, voteClick } from '../../../support/slack-payloads.ts';
import { blockAction, slashCommand, viewSubmission } from '../../../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest } from '../../../support/slack-test.ts';

const inAWeek = () => deadlineInDays(7).date;

async function openHearingInSlack(
  bot: SlackHarness,
  secretaryUserId: string,
  form: Parameters<typeof hearingFormValues>[0] = {},
) {
  const answer = await bot.post(
    viewSubmission({
      callbackId: callbackIds.openHearing,
      userId: secretaryUserId,
      teamId: councilTeam,
      values: hearingFormValues({ date: inAWeek(), ...form }),
    }),
  );
  expect(answer.status).toBe(200);
  return answer;
}

/** The hearing's message in the channel, once the outbox has posted it. */
const postedMessage = (bot: SlackHarness) =>
  eventually(
    () => bot.slack.messagesIn(councilChannelId).find((message) => message.threadTs === undefined),
    'the hearing is posted',
  );

const textOf = (blocks: unknown): string => JSON.stringify(blocks);

describe('opening a hearing', () => {
  slackTest(
    '/hoering in a channel opens the form with that channel and the typed title',
    async ({ bot }) => {
      const { roster, userOf } = await seedCouncil(bot);

      const answer = await bot.post(
        slashCommand({
          command: '/hoering',
          text: 'Budget 2027',
          userId: userOf(roster.secretary),
          teamId: councilTeam,
          responseUrl: `${bot.slack.hooksUrl}cmd`,
        }),
      );

      expect(answer.status).toBe(200);
      const opened = await eventually(() => bot.slack.callsTo('views.open')[0], 'the modal opens');
      const view = opened.args.view as {
        callback_id: string;
        blocks: { block_id: string; element: Record<string, unknown> }[];
      };
      expect(view.callback_id).toBe('open_hearing');
      const byBlock = Object.fromEntries(
        view.blocks.map((block) => [block.block_id, block.element]),
      );
      expect(byBlock['title']).toMatchObject({ initial_value: 'Budget 2027' });
      expect(byBlock['channel']).toMatchObject({ initial_conversation: councilChannelId });
      // Asked on Saturday 2 January 2027: a week ahead is a Saturday, so Monday at noon.
      expect(byBlock['deadlineDate']).toMatchObject({ initial_date: '2027-01-11' });
      expect(byBlock['deadlineTime']).toMatchObject({ initial_time: '12:00' });
    },
  );

  slackTest(
    'a valid form creates the hearing and the outbox posts it with its buttons in the chosen channel',
    async ({ bot }) => {
      const { council, roster, userOf } = await seedCouncil(bot);

      const answer = await openHearingInSlack(bot, userOf(roster.secretary), {
        title: 'Udkast til beskæftigelsesplan 2027',
      });

      expect(answer.json).toMatchObject({
        response_action: 'update',
        view: { title: { text: 'Høring sendt' } },
      });
      // A week after Saturday 2 January 2027 is a Saturday: accepted, with a note.
      expect(textOf(answer.json)).toContain('med frist lørdag 9. januar kl. 12.00');
      expect(textOf(answer.json)).toContain('Fristen ligger på en lørdag.');
      const [hearing] = await bot.stores.hearings.openHearings(council.id);
      expect(hearing).toMatchObject({
        title: 'Udkast til beskæftigelsesplan 2027',
        state: 'open',
        createdBy: 'sekretariat',
      });
      const message = await postedMessage(bot);
      expect(textOf(message.blocks)).toContain('Udkast til beskæftigelsesplan 2027');
      expect(textOf(message.blocks)).toContain(`"action_id":"vote.for","value":"${hearing!.id}"`);
      expect(await bot.stores.directory.address(council.id, 'slack', 'council')).toEqual({
        teamId: councilTeam,
        channel: councilChannelId,
      });
      expect(
        await bot.stores.directory.message(council.id, `hearing:${hearing!.id}`, 'slack'),
      ).toEqual({
        teamId: councilTeam,
        channel: councilChannelId,
        ts: message.ts,
      });

      // A retried opening delivery (chat.postMessage is not idempotent) updates the message it posted.
      await bot.surface.sender.deliver(
        { platform: 'slack', conversation: councilChannelId, context: { teamId: councilTeam } },
        { kind: 'hearing_opened', councilId: council.id, hearingId: hearing!.id },
      );
      expect(bot.slack.callsTo('chat.postMessage')).toHaveLength(1);
      expect(bot.slack.callsTo('chat.update').at(-1)?.args).toMatchObject({ ts: message.ts });
    },
  );

  slackTest(
    'invalid fields come back inline in Danish, keyed to their blocks, and nothing is created',
    async ({ bot }) => {
      const { council, roster, userOf } = await seedCouncil(bot);

      const blank = await openHearingInSlack(bot, userOf(roster.secretary), { title: '   ' });
      const past = await openHearingInSlack(bot, userOf(roster.secretary), { date: '2020-01-01' });
      const badItem = await openHearingInSlack(bot, userOf(roster.secretary), {
        agendaItem: 'punkt to',
      });

      expect(blank.json).toEqual({
        response_action: 'errors',
        errors: { title: 'skal udfyldes.' },
      });
      expect(past.json).toEqual({
        response_action: 'errors',
        errors: {
          deadlineDate:
            'Fristen skal ligge mindst 10 minutter ude i fremtiden. Vælg en senere dato eller tid.',
        },
      });
      expect(badItem.json).toEqual({
        response_action: 'errors',
        errors: { agendaItem: 'skal være et punktnummer som 0.1.1.' },
      });
      expect(await bot.stores.hearings.openHearings(council.id)).toEqual([]);
      expect(bot.slack.callsTo('chat.postMessage')).toEqual([]);
    },
  );

  slackTest("inline errors speak the council's language", async ({ bot }) => {
    const { roster, userOf } = await seedCouncil(bot, { council: { locale: 'en' } });

    const blank = await openHearingInSlack(bot, userOf(roster.secretary), { title: '' });

    expect(blank.json).toEqual({ response_action: 'errors', errors: { title: 'is required.' } });
  });

  slackTest(
    'a member who is not secretariat or chair gets an ephemeral refusal and no form',
    async ({ bot }) => {
      const { roster, userOf } = await seedCouncil(bot);

      await bot.post(
        slashCommand({
          command: '/hoering',
          userId: userOf(roster.members[1]!),
          teamId: councilTeam,
          responseUrl: `${bot.slack.hooksUrl}cmd`,
        }),
      );

      const reply = await eventually(
        () => bot.slack.callsTo('response_url')[0],
        'the refusal arrives',
      );
      expect(reply.args).toMatchObject({
        response_type: 'ephemeral',
        text: 'Kun sekretariatet og formandskabet kan sende sager i høring.',
      });
      expect(bot.slack.callsTo('views.open')).toEqual([]);
    },
  );

  slackTest(
    'a member submitting the form anyway (an old modal) is refused by the use case',
    async ({ bot }) => {
      const { council, roster, userOf } = await seedCouncil(bot);

      const answer = await openHearingInSlack(bot, userOf(roster.members[1]!));

      expect(answer.json).toEqual({
        response_action: 'errors',
        errors: { title: 'Kun sekretariatet og formandskabet kan sende sager i høring.' },
      });
      expect(await bot.stores.hearings.openHearings(council.id)).toEqual([]);
    },
  );
});

describe('voting on the hearing message', () => {
  async function openedHearing(
    bot: SlackHarness,
    form: Parameters<typeof hearingFormValues>[0] = {},
  ) {
    const seeded = await seedCouncil(bot);
    await openHearingInSlack(bot, seeded.userOf(seeded.roster.secretary), form);
    const message = await postedMessage(bot);
    const [hearing] = await bot.stores.hearings.openHearings(seeded.council.id);
    return { ...seeded, hearing: hearing!, message };
  }

  slackTest(
    'a click on For stores the ballot, confirms it to the voter only, and the message is updated',
    async ({ bot }) => {
      const { council, roster, userOf, hearing, message } = await openedHearing(bot);
      const voter = roster.members[0]!;

      const answer = await bot.post(
        voteClick(bot, {
          userId: userOf(voter),
          hearingId: hearing.id,
          choice: 'for',
          messageTs: message.ts,
        }),
      );

      expect(answer.status).toBe(200);
      expect(await bot.stores.hearings.ballots(council.id, hearing.id)).toEqual([
        expect.objectContaining({ seatId: voter.id, choice: 'for' }),
      ]);
      const confirmation = await eventually(
        () => bot.slack.callsTo('response_url')[0],
        'the voter is answered',
      );
      expect(confirmation.args).toMatchObject({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Du har stemt For — du kan ændre indtil fristen.',
      });
      const updated = await eventually(
        () =>
          bot.slack
            .messagesIn(councilChannelId)
            .find((m) => m.ts === message.ts && m.updateCount > 0),
        'the message is refreshed',
      );
      expect(textOf(updated.blocks)).toContain(
        'For: 1 · Imod: 0 · Undlader: 0 — 1 af 8 har svaret',
      );
      expect(bot.slack.callsTo('chat.postMessage')).toHaveLength(1);
    },
  );

  slackTest('a changed answer replaces the ballot and says what changed', async ({ bot }) => {
    const { council, roster, userOf, hearing } = await openedHearing(bot);
    const voter = userOf(roster.members[0]!);

    await bot.post(voteClick(bot, { userId: voter, hearingId: hearing.id, choice: 'for' }));
    await bot.post(voteClick(bot, { userId: voter, hearingId: hearing.id, choice: 'against' }));

    const ballots = await bot.stores.hearings.ballots(council.id, hearing.id);
    expect(ballots).toEqual([
      expect.objectContaining({ seatId: roster.members[0]!.id, choice: 'against' }),
    ]);
    const replies = await eventually(() => {
      const calls = bot.slack.callsTo('response_url');
      return calls.length === 2 && calls;
    }, 'both clicks are answered');
    expect(replies.map((call) => call.args.text)).toContain(
      'Din stemme er ændret fra For til Imod — du kan ændre indtil fristen.',
    );
  });

  slackTest(
    'a double click or a replayed request makes neither a second ballot nor a second message',
    async ({ bot }) => {
      const { council, roster, userOf, hearing } = await openedHearing(bot);
      const click = voteClick(bot, {
        userId: userOf(roster.members[0]!),
        hearingId: hearing.id,
        choice: 'for',
      });

      const answers = await Promise.all([bot.post(click), bot.post(click), bot.post(click)]);

      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(await bot.stores.hearings.ballots(council.id, hearing.id)).toHaveLength(1);
      // Then another member votes; once the message shows both ballots, the replays' listeners have long finished.
      await bot.post(
        voteClick(bot, {
          userId: userOf(roster.members[1]!),
          hearingId: hearing.id,
          choice: 'abstain',
        }),
      );
      await eventually(
        () =>
          bot.slack
            .messagesIn(councilChannelId)
            .some((m) => textOf(m.blocks).includes('2 af 8 har svaret')),
        'the message shows both ballots',
      );
      expect(bot.slack.callsTo('response_url').map((call) => call.args.url)).toEqual([
        `/hooks/actions/${userOf(roster.members[0]!)}`,
        `/hooks/actions/${userOf(roster.members[1]!)}`,
      ]);
      expect(bot.slack.callsTo('chat.postMessage')).toHaveLength(1);
    },
  );

  slackTest(
    'where the rules demand a reason, Imod opens the reason modal and the reason is stored with the ballot',
    async ({ bot }) => {
      const { council, roster, userOf, hearing } = await openedHearing(bot, {
        rules: ['reason_against'],
      });
      const voter = userOf(roster.members[0]!);
      const messageJson = textOf((await postedMessage(bot)).blocks);
      expect(messageJson).toContain('"action_id":"reason.against"');

      await bot.post(
        voteClick(bot, { userId: voter, hearingId: hearing.id, choice: 'for' }), // a normal answer still casts at once
      );
      await bot.post(
        blockAction({
          actionId: 'reason.against',
          value: hearing.id,
          userId: voter,
          teamId: councilTeam,
          responseUrl: `${bot.slack.hooksUrl}actions/reason`,
        }),
      );
      const opened = await eventually(
        () => bot.slack.callsTo('views.open')[0],
        'the reason modal opens',
      );
      const modal = opened.args.view as {
        callback_id: string;
        private_metadata: string;
        blocks: { block_id?: string; element?: { initial_option?: { value: string } } }[];
      };
      expect(modal.callback_id).toBe('cast_with_reason');
      expect(
        modal.blocks.find((block) => block.block_id === 'choice')?.element?.initial_option?.value,
      ).toBe('against');

      const submit = (reason: string | null) =>
        bot.post(
          viewSubmission({
            callbackId: callbackIds.reason,
            userId: voter,
            teamId: councilTeam,
            privateMetadata: modal.private_metadata,
            values: {
              choice: { value: { type: 'radio_buttons', selected_option: { value: 'against' } } },
              reason: { value: { type: 'plain_text_input', value: reason } },
            },
          }),
        );
      const withoutReason = await submit(null);
      expect(withoutReason.json).toEqual({
        response_action: 'errors',
        errors: { reason: 'Skriv en begrundelse — den er påkrævet for dette svar.' },
      });
      const withReason = await submit('Planen mangler finansiering.');
      expect(withReason.status).toBe(200);
      expect(withReason.text).toBe('');

      expect(await bot.stores.hearings.ballots(council.id, hearing.id)).toEqual([
        expect.objectContaining({ choice: 'against', reason: 'Planen mangler finansiering.' }),
      ]);
      const confirmation = await eventually(
        () =>
          bot.slack
            .callsTo('response_url')
            .find((call) => String(call.args.url).endsWith('/actions/reason')),
        'the reason is confirmed',
      );
      expect(confirmation.args.text).toBe(
        'Din stemme er ændret fra For til Imod — du kan ændre indtil fristen.',
      );
    },
  );

  slackTest(
    'at close the message shows the outcome and the result is posted once in its thread',
    async ({ bot }) => {
      const { council, roster, userOf, hearing, message } = await openedHearing(bot);
      for (const member of roster.members.slice(0, 5)) {
        await bot.post(
          voteClick(bot, { userId: userOf(member), hearingId: hearing.id, choice: 'for' }),
        );
      }

      const closed = await bot.useCases.closeHearing({
        councilId: council.id,
        hearingId: hearing.id,
        actorId: roster.secretary.id,
      });
      expect(closed.ok).toBe(true);

      const reply = await eventually(
        () => bot.slack.messagesIn(councilChannelId).find((m) => m.threadTs === message.ts),
        'the result is posted in the thread',
      );
      expect(reply.text).toBe('Høringen «Udkast til beskæftigelsesplan 2027» er lukket: Vedtaget.');
      expect(textOf(reply.blocks)).toContain('For: 5 · Imod: 0 · Undlader: 0 — 5 af 8 har svaret');
      const final = bot.slack.messagesIn(councilChannelId).find((m) => m.ts === message.ts)!;
      expect(textOf(final.blocks)).toContain('*Resultat: Vedtaget*');
      expect(textOf(final.blocks)).not.toContain('vote.for');

      // The close is delivered again (a retried job): the thread gets no second result.
      await bot.surface.sender.deliver(
        { platform: 'slack', conversation: councilChannelId, context: { teamId: councilTeam } },
        { kind: 'hearing_closed', councilId: council.id, hearingId: hearing.id },
      );
      expect(
        bot.slack.messagesIn(councilChannelId).filter((m) => m.threadTs === message.ts),
      ).toHaveLength(1);
    },
  );
});

describe('changes made elsewhere (CLI, Teams) reach the Slack message', () => {
  slackTest(
    'a moved deadline updates the message and is announced once in its thread',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      await rememberChannel(bot, seeded.council.id);
      const { hearing, ts } = await openHearingElsewhere(bot, seeded);
      const later = deadlineInDays(9).date;

      const moved = await bot.useCases.moveDeadline({
        councilId: seeded.council.id,
        hearingId: hearing.id,
        actorId: seeded.roster.chair.id,
        deadlineDate: later,
        deadlineTime: '15:00',
      });
      expect(moved.ok).toBe(true);

      const note = await eventually(
        () => bot.slack.messagesIn(councilChannelId).find((m) => m.threadTs === ts),
        'the new deadline is announced',
      );
      expect(note.text).toMatch(
        /^Fristen for «Udkast til beskæftigelsesplan 2027» er flyttet til .+ kl\. 15\.00\.$/,
      );
      const message = bot.slack.messagesIn(councilChannelId).find((m) => m.ts === ts)!;
      expect(message.updateCount).toBeGreaterThan(0);
      expect(textOf(message.blocks)).toContain('kl. 15.00');
    },
  );

  slackTest('a cancelled hearing loses its buttons and says so in the thread', async ({ bot }) => {
    const seeded = await seedCouncil(bot);
    await rememberChannel(bot, seeded.council.id);
    const { hearing, ts } = await openHearingElsewhere(bot, seeded);

    const cancelled = await bot.useCases.cancelHearing({
      councilId: seeded.council.id,
      hearingId: hearing.id,
      actorId: seeded.roster.secretary.id,
    });
    expect(cancelled.ok).toBe(true);

    const note = await eventually(
      () => bot.slack.messagesIn(councilChannelId).find((m) => m.threadTs === ts),
      'the cancellation is announced',
    );
    expect(note.text).toBe('Høringen «Udkast til beskæftigelsesplan 2027» er trukket tilbage.');
    const message = bot.slack.messagesIn(councilChannelId).find((m) => m.ts === ts)!;
    expect(message.text).toBe('Høringen «Udkast til beskæftigelsesplan 2027» er trukket tilbage.');
    expect(textOf(message.blocks)).not.toContain('vote.for');
  });
});
