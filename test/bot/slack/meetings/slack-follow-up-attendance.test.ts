/** The follow-up sheet and the secretariat's fremmøde in Slack, through /raad, buttons and the guest form. */
import { describe, expect } from 'vitest';
import { guestBlocks } from '../../../../src/bot/slack/meetings/guest-modal.ts';
import {
  meetingActionIds,
  meetingCallbackIds,
} from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { inputActionId } from '../../../../src/bot/slack/slack-ids.ts';
import {
  councilTeam,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { heldMeetingWithMinutes, planMeeting } from '../../../support/meeting-seeds.ts';
import { blockAction, slashCommand, viewSubmission } from '../../../support/slack-requests.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest } from '../../../support/slack-test.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';

const json = (value: unknown) => JSON.stringify(value);

/** Waits for the next answer only the person who acted sees. */
async function nextAnswer(bot: SlackHarness, act: () => Promise<unknown>) {
  const before = bot.slack.callsTo('response_url').length;
  await act();
  const call = await eventually(
    () => bot.slack.callsTo('response_url')[before],
    'the answer comes',
  );
  return call.args;
}

const raad = (bot: SlackHarness, userId: string, text: string) =>
  nextAnswer(bot, () =>
    bot.post(
      slashCommand({
        command: '/raad',
        text,
        userId,
        teamId: councilTeam,
        responseUrl: `${bot.slack.hooksUrl}cmd`,
      }),
    ),
  );

const click = (bot: SlackHarness, userId: string, actionId: string, value: string) =>
  nextAnswer(bot, () =>
    bot.post(
      blockAction({
        actionId,
        value,
        userId,
        teamId: councilTeam,
        blockId: 'meeting',
        responseUrl: `${bot.slack.hooksUrl}click`,
      }),
    ),
  );

async function aCouncilWithAMeeting(bot: SlackHarness) {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const seed = {
    councilId: seeded.council.id,
    actorId: seeded.roster.secretary.id,
    now: bot.deps.clock.now(),
  };
  return { seeded, seed };
}

describe('/raad opfølgning', () => {
  slackTest(
    'lists the open points by meeting; the owner marks theirs done, another member sees no button and a forged click is refused',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncilWithAMeeting(bot);
      const [owner, other] = seeded.roster.members;
      const { pointId } = await heldMeetingWithMinutes(bot.useCases, seed, { owner: owner!.id });

      const ownersSheet = await raad(bot, seeded.userOf(owner!), 'opfølgning');
      const othersSheet = await raad(bot, seeded.userOf(other!), 'follow-up');

      expect(json(ownersSheet)).toContain('Rådsmøde i december');
      expect(json(ownersSheet)).toContain('1.2 Budget for 2028');
      expect(json(ownersSheet)).toContain('Rådet godkendte budgettet.');
      expect(json(ownersSheet)).toContain(`Ansvarlig: ${owner!.name} · Frist:`);
      expect(json(ownersSheet)).toContain(pointId);
      expect(json(ownersSheet)).toContain(
        `"action_id":"${meetingActionIds.followUpDone}","value":"${pointId}"`,
      );
      expect(blockKitViolations(ownersSheet, 'message')).toEqual([]);
      expect(json(othersSheet)).toContain('1.2 Budget for 2028');
      expect(json(othersSheet)).not.toContain(meetingActionIds.followUpDone);

      const forged = await click(
        bot,
        seeded.userOf(other!),
        meetingActionIds.followUpDone,
        pointId,
      );
      expect(json(forged)).toContain('Kun den ansvarlige for punktet');
      const stillOpen = await bot.useCases.listFollowUp({ councilId: seed.councilId });
      expect(stillOpen.ok && stillOpen.value.map((point) => point.id)).toEqual([pointId]);

      const marked = await click(
        bot,
        seeded.userOf(owner!),
        meetingActionIds.followUpDone,
        pointId,
      );
      expect(json(marked)).toContain('Punkt 1.2 fra Rådsmøde i december er markeret som udført.');
      expect(json(marked)).toContain('Der er ingen åbne opfølgningspunkter.');
      const open = await bot.useCases.listFollowUp({ councilId: seed.councilId });
      expect(open.ok && open.value).toEqual([]);
    },
  );

  slackTest('a stale or made-up point is answered, not thrown at', async ({ bot }) => {
    const { seeded } = await aCouncilWithAMeeting(bot);

    const answer = await click(
      bot,
      seeded.userOf(seeded.roster.secretary),
      meetingActionIds.followUpDone,
      'no such point',
    );

    expect(json(answer)).toContain('Opfølgningspunktet no such point findes ikke.');
  });
});

describe('/raad fremmøde', () => {
  slackTest(
    'the secretariat sees who comes, who sent afbud with the suppleant holding the seat and who has not answered, grouped by organisation',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncilWithAMeeting(bot);
      const meetingId = await planMeeting(bot.useCases, seed);
      const [away, coming] = seeded.roster.members;
      await bot.useCases.sendMeetingAfbud({
        councilId: seed.councilId,
        actorId: away!.id,
        meetingId,
        reason: 'Sygdom',
      });
      await bot.useCases.markComing({ councilId: seed.councilId, actorId: coming!.id, meetingId });

      const sheet = await raad(bot, seeded.userOf(seeded.roster.secretary), 'fremmøde');

      const text = json(sheet);
      expect(text).toContain('Fremmøde til «Rådsmøde»');
      expect(text).toContain(`Kommer (1): ${coming!.name}`);
      expect(text).toContain(
        `${away!.name} (Sygdom) – suppleant ${seeded.roster.substitute.name} har pladsen`,
      );
      expect(text).toContain('Har ikke svaret');
      expect(text).toContain(`Fra ${coming!.organisation}:`);
      expect(text).toContain(`"action_id":"${meetingActionIds.addGuest}","value":"${meetingId}"`);
      expect(blockKitViolations(sheet, 'message')).toEqual([]);
    },
  );

  slackTest(
    '"Tilføj gæst" opens the form; an oplægsholder under an item is added, and a missing organisation keeps the form open',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncilWithAMeeting(bot);
      const meetingId = await planMeeting(bot.useCases, seed);
      const secretary = seeded.userOf(seeded.roster.secretary);

      await bot.post(
        blockAction({
          actionId: meetingActionIds.addGuest,
          value: meetingId,
          userId: secretary,
          teamId: councilTeam,
          responseUrl: `${bot.slack.hooksUrl}click`,
        }),
      );
      const opened = await eventually(() => bot.slack.callsTo('views.open')[0], 'the form opens');
      const form = opened.args.view as Record<string, unknown>;
      expect(form['callback_id']).toBe(meetingCallbackIds.addGuest);
      expect(form['private_metadata']).toBe(meetingId);
      expect(blockKitViolations(form, 'modal')).toEqual([]);

      const submit = (values: Record<string, Record<string, unknown>>) =>
        bot.post(
          viewSubmission({
            callbackId: meetingCallbackIds.addGuest,
            privateMetadata: meetingId,
            userId: secretary,
            teamId: councilTeam,
            values: Object.fromEntries(
              Object.entries(values).map(([block, state]) => [block, { [inputActionId]: state }]),
            ),
          }),
        );
      const refused = await submit({
        [guestBlocks.name]: { type: 'plain_text_input', value: 'Karen Vestergaard' },
        [guestBlocks.organisation]: { type: 'plain_text_input', value: '' },
      });
      expect(refused.json).toMatchObject({
        response_action: 'errors',
        errors: { [guestBlocks.organisation]: 'Udfyld feltet «Organisation eller gruppe».' },
      });

      const added = await submit({
        [guestBlocks.name]: { type: 'plain_text_input', value: 'Karen Vestergaard' },
        [guestBlocks.organisation]: { type: 'plain_text_input', value: 'Jobcenter Havby' },
        [guestBlocks.note]: { type: 'plain_text_input', value: '' },
        [guestBlocks.item]: {
          type: 'static_select',
          selected_option: { value: '1.3', text: { type: 'plain_text', text: '1.3' } },
        },
      });
      expect(json(added.json)).toContain('Karen Vestergaard er tilføjet til Rådsmøde');
      const attendance = await bot.useCases.meetingAttendance({
        councilId: seed.councilId,
        meetingId,
      });
      expect(attendance.ok && attendance.value.guests).toEqual([
        expect.objectContaining({
          name: 'Karen Vestergaard',
          organisation: 'Jobcenter Havby',
          note: 'under punkt 1.3',
          presenter: true,
        }),
      ]);
    },
  );

  slackTest('a member is told only the secretariat sees the attendance', async ({ bot }) => {
    const { seeded, seed } = await aCouncilWithAMeeting(bot);
    const meetingId = await planMeeting(bot.useCases, seed);
    const member = seeded.userOf(seeded.roster.members[0]!);

    const typed = await raad(bot, member, 'attendance');
    const clicked = await click(bot, member, meetingActionIds.addGuest, meetingId);

    for (const answer of [typed, clicked])
      expect(json(answer)).toContain('Kun sekretariatet og formandskabet kan se fremmødet');
    expect(bot.slack.callsTo('views.open')).toEqual([]);
  });

  slackTest('an unknown meeting id or no meeting at all is answered clearly', async ({ bot }) => {
    const { seeded } = await aCouncilWithAMeeting(bot);
    const secretary = seeded.userOf(seeded.roster.secretary);

    const none = await raad(bot, secretary, 'fremmoede');
    const unknown = await raad(bot, secretary, 'fremmøde m9999');

    expect(json(none)).toContain('Der er ikke planlagt noget møde.');
    expect(json(unknown)).toContain('Mødet findes ikke. Tjek mødets nummer, fx m0001.');
    // The command line's hint ("Se møderne med «meeting list»") is not for the chat.
    expect(json(unknown)).not.toContain('meeting');
    expect(json(unknown)).not.toContain('Fremmøde til');
  });
});
