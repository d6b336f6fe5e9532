/** /raad hjaelp | ny | mine | afbud, in Danish and English, and the "Send i høring" shortcut. */
import { describe, expect } from 'vitest';
import { absenceCallbackId } from '../../../src/bot/slack/council/absence-ids.ts';
import { callbackIds } from '../../../src/bot/slack/hearings/hearing-ids.ts';
import {
  councilChannelId,
  councilTeam,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../support/slack-harness.ts';
import {
  interaction,
  messageShortcut,
  slashCommand,
  viewSubmission,
} from '../../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../../support/slack-seeds.ts';
import { slackTest } from '../../support/slack-test.ts';

const raad = (bot: SlackHarness, userId: string, text: string, channelId = councilChannelId) =>
  bot.post(
    slashCommand({
      command: '/raad',
      text,
      userId,
      teamId: councilTeam,
      channelId,
      responseUrl: `${bot.slack.hooksUrl}cmd`,
    }),
  );

const firstReply = (bot: SlackHarness) =>
  eventually(() => bot.slack.callsTo('response_url')[0], 'the command is answered');
const json = (value: unknown) => JSON.stringify(value);

describe('/raad', () => {
  slackTest('hjaelp lists every way in, only to the one who asked', async ({ bot }) => {
    const { roster, userOf } = await seedCouncil(bot);

    const answer = await raad(bot, userOf(roster.members[0]!), 'hjaelp');

    expect(answer.status).toBe(200);
    const reply = await firstReply(bot);
    expect(reply.args).toMatchObject({ response_type: 'ephemeral', text: 'Rådsbot — hjælp' });
    for (const line of [
      '/hoering [titel]',
      '/raad ny',
      '/raad mine',
      '/raad afbud',
      'Send i høring',
      '«Hjem»',
    ]) {
      expect(json(reply.args.blocks)).toContain(line);
    }
  });

  slackTest(
    'an unknown subcommand says so and shows the help, in English for an English council',
    async ({ bot }) => {
      const { roster, userOf } = await seedCouncil(bot, { council: { locale: 'en' } });

      await raad(bot, userOf(roster.members[0]!), 'stem for');

      const reply = await firstReply(bot);
      expect(json(reply.args.blocks)).toContain('I did not understand \\"stem for\\".');
      expect(json(reply.args.blocks)).toContain('/raad mine — your open hearings');
    },
  );

  slackTest('mine lists my open hearings with my answer and the buttons', async ({ bot }) => {
    const seeded = await seedCouncil(bot);
    await rememberChannel(bot, seeded.council.id);
    const { hearing } = await openHearingElsewhere(bot, seeded);

    await raad(bot, seeded.userOf(seeded.roster.members[0]!), 'mine');

    const reply = await firstReply(bot);
    const blocks = json(reply.args.blocks);
    expect(blocks).toContain('Udkast til beskæftigelsesplan 2027');
    expect(blocks).toContain('Du har ikke svaret endnu.');
    expect(blocks).toContain(`"action_id":"vote.against","value":"${hearing.id}"`);
  });

  slackTest('ny opens the hearing form for the chair', async ({ bot }) => {
    const { roster, userOf } = await seedCouncil(bot);

    await raad(bot, userOf(roster.chair), 'ny Budget 2027');

    const opened = await eventually(() => bot.slack.callsTo('views.open')[0], 'the form opens');
    expect(json(opened.args.view)).toContain('"initial_value":"Budget 2027"');
  });

  slackTest(
    'afbud registers apologies for one hearing, so the substitute holds the seat',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      await rememberChannel(bot, seeded.council.id);
      const { hearing } = await openHearingElsewhere(bot, seeded);
      const member = seeded.userOf(seeded.roster.members[0]!);

      await raad(bot, member, 'afbud');
      const opened = await eventually(
        () => bot.slack.callsTo('views.open')[0],
        'the afbud form opens',
      );
      expect((opened.args.view as { callback_id: string }).callback_id).toBe(absenceCallbackId);
      const submit = (values: Record<string, Record<string, Record<string, unknown>>>) =>
        bot.post(
          viewSubmission({
            callbackId: absenceCallbackId,
            userId: member,
            teamId: councilTeam,
            values,
          }),
        );

      const empty = await submit({});
      const done = await submit({
        hearingId: {
          value: {
            type: 'static_select',
            selected_option: {
              value: hearing.id,
              text: { type: 'plain_text', text: hearing.title },
            },
          },
        },
      });

      expect(empty.json).toEqual({
        response_action: 'errors',
        errors: { from: 'Vælg en høring eller både «Fra» og «Til».' },
      });
      expect(done.json).toMatchObject({
        response_action: 'update',
        view: { title: { text: 'Afbud registreret' } },
      });
      expect(json(done.json)).toContain(
        'Afbud registreret for høringen «Udkast til beskæftigelsesplan 2027». Din suppleant har nu stemmeretten.',
      );
      const view = await bot.useCases.viewHearing({
        councilId: seeded.council.id,
        hearingId: hearing.id,
        viewerId: seeded.roster.substitute.id,
      });
      expect(view.ok && view.value.viewer?.canVote).toBe(true);
    },
  );

  slackTest(
    'afbud tells the secretariat, who has no seat, that there is nothing to hand over',
    async ({ bot }) => {
      const { roster, userOf } = await seedCouncil(bot);

      await raad(bot, userOf(roster.secretary), 'afbud');

      const reply = await firstReply(bot);
      expect(reply.args.text).toBe(
        'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
      );
      expect(bot.slack.callsTo('views.open')).toEqual([]);
    },
  );
});

describe('the "Send i høring" message shortcut', () => {
  slackTest('opens the form prefilled from the message, in its channel', async ({ bot }) => {
    const { roster, userOf } = await seedCouncil(bot);

    await bot.post(
      messageShortcut({
        callbackId: callbackIds.sendToHearing,
        userId: userOf(roster.secretary),
        teamId: councilTeam,
        channelId: 'C0UDVALG01',
        messageText:
          '*Revideret årshjul 2027*\nFormandskabet indstiller, at Rådet godkender &lt;årshjulet&gt;. Se <https://example.org/aarshjul|bilag 2.1.1>.',
      }),
    );

    const opened = await eventually(() => bot.slack.callsTo('views.open')[0], 'the form opens');
    const elements = Object.fromEntries(
      (
        opened.args.view as { blocks: { block_id: string; element: Record<string, unknown> }[] }
      ).blocks.map((block) => [block.block_id, block.element]),
    );
    expect(elements['title']).toMatchObject({ initial_value: 'Revideret årshjul 2027' });
    expect(elements['proposal']).toMatchObject({
      initial_value:
        '*Revideret årshjul 2027*\nFormandskabet indstiller, at Rådet godkender <årshjulet>. Se bilag 2.1.1 (https://example.org/aarshjul).',
    });
    expect(elements['channel']).toMatchObject({ initial_conversation: 'C0UDVALG01' });
  });

  slackTest('is refused to an ordinary member', async ({ bot }) => {
    const { roster, userOf } = await seedCouncil(bot);
    const shortcut = messageShortcut({
      callbackId: callbackIds.sendToHearing,
      userId: userOf(roster.members[3]!),
      teamId: councilTeam,
      messageText: 'Forslag',
    });
    // Point the shortcut's response_url at the fake, as Slack would point it at itself.
    const payload = JSON.parse(new URLSearchParams(shortcut.body).get('payload') ?? '{}') as Record<
      string,
      unknown
    >;

    await bot.post(interaction({ ...payload, response_url: `${bot.slack.hooksUrl}shortcut` }));

    const reply = await firstReply(bot);
    expect(reply.args.text).toBe('Kun sekretariatet og formandskabet kan sende sager i høring.');
    expect(bot.slack.callsTo('views.open')).toEqual([]);
  });
});
