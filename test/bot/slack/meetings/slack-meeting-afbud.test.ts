/**
 * Afbud for a meeting in Slack, end to end through Bolt and the fake Web
 * API: the overview's button, the reason modal, the suppleant told in a
 * direct message, withdrawing, and the meeting's reminders as DMs. The
 * clock stands still unless a test moves it.
 */
import { describe, expect } from 'vitest';
import { queueMeetingReminderNotices } from '../../../../src/app/meetings/queue-meeting-reminder-notices.ts';
import {
  meetingActionIds,
  meetingCallbackIds,
} from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { inputActionId } from '../../../../src/bot/slack/slack-ids.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START, localDateInDays } from '../../../fakes/test-instants.ts';
import {
  councilChannelId,
  councilTeam,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { absenceCallbackId } from '../../../../src/bot/slack/council/absence-ids.ts';
import { blockAction, slashCommand, viewSubmission } from '../../../support/slack-requests.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTestWith } from '../../../support/slack-test.ts';

// One clock for the file's tests, which run one after another: each sets it back first.
const clock = new FixedClock(HARNESS_START);
const stillClock = slackTestWith({ clock });

const agenda = `1. Rådets arbejde

1.1 Velkomst og godkendelse af dagsorden (O)
Sagen kort: Formanden byder velkommen.

1.2 Budget for 2028 (B)
Sagen kort: Sekretariatet har lagt et udkast til budget frem.
`;

/** A published meeting a week ahead (Saturday 9 January 2027, 13.00–16.00 in Copenhagen). */
async function aPublishedMeeting(bot: SlackHarness) {
  clock.set(HARNESS_START);
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const day = localDateInDays(7, bot.deps.clock.now());
  const actorId = seeded.roster.secretary.id;
  const created = await bot.useCases.createMeeting({
    councilId: seeded.council.id,
    actorId,
    title: 'Rådsmøde januar',
    start: `${day}T13:00`,
    end: `${day}T16:00`,
    place: 'Havnehuset, mødelokale 2',
  });
  if (!created.ok) throw new Error(`createMeeting: ${created.code}`);
  const meetingId = created.value.meeting.id;
  const imported = await bot.useCases.importAgendaIntoMeeting({
    councilId: seeded.council.id,
    actorId,
    meetingId,
    format: 'text',
    text: agenda,
  });
  if (!imported.ok) throw new Error(`import: ${imported.code}`);
  const published = await bot.useCases.publishAgenda({
    councilId: seeded.council.id,
    actorId,
    meetingId,
  });
  if (!published.ok) throw new Error(`publish: ${published.code}`);
  const { roster, userOf } = seeded;
  const invitees = [roster.chair, roster.viceChair, ...roster.members, roster.observer];
  await eventually(
    () =>
      invitees.every((member) =>
        bot.slack
          .messagesIn(bot.slack.dmChannelOf(userOf(member)))
          .some((message) => isAgendaDm(message.text ?? '')),
      ),
    'every invitee got the agenda in a DM',
    15_000,
  );
  return { ...seeded, meetingId, day, meeting: published.value.record.meeting };
}

/** A click on a meeting button, answered next to it (response_url on the fake's hooks). */
const click = (bot: SlackHarness, userId: string, actionId: string, value: string) =>
  blockAction({
    actionId,
    value,
    userId,
    teamId: councilTeam,
    channelId: councilChannelId,
    blockId: `meeting.${value}.overview`,
    responseUrl: `${bot.slack.hooksUrl}actions/${userId}`,
  });

const answersTo = (bot: SlackHarness, userId: string) =>
  bot.slack
    .callsTo('response_url')
    .filter(
      (call) => String(call.args['text'] ?? '') !== '' && JSON.stringify(call).includes(userId),
    )
    .map((call) => String(call.args['text']));

const isAgendaDm = (text: string) => text.startsWith('Dagsordenen til');

/** A member's DMs after the published agenda's (which every invitee gets at publishing). */
const dmTexts = (bot: SlackHarness, userId: string) =>
  bot.slack
    .messagesIn(bot.slack.dmChannelOf(userId))
    .map((message) => message.text ?? '')
    .filter((text) => !isAgendaDm(text));

describe('afbud for a meeting in Slack', () => {
  stillClock(
    'a member sends afbud from the overview with a reason, and their suppleant is told in a direct message; withdrawing gives the seat back and the suppleant is told again',
    async ({ bot }) => {
      const { council, roster, userOf, meetingId } = await aPublishedMeeting(bot);
      const member = roster.members[0]!; // m001, whose suppleant is s001
      const suppleant = roster.substitute;

      await bot.post(click(bot, userOf(member), meetingActionIds.afbud, meetingId));
      const opened = await eventually(
        () => bot.slack.callsTo('views.open')[0],
        'the afbud modal opened',
      );
      const view = opened.args['view'] as { callback_id: string; private_metadata: string };
      expect(view.callback_id).toBe(meetingCallbackIds.afbud);
      expect(JSON.stringify(view)).toContain('Rådsmøde januar');

      const submitted = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.afbud,
          userId: userOf(member),
          teamId: councilTeam,
          privateMetadata: view.private_metadata,
          values: {
            reason: { [inputActionId]: { type: 'plain_text_input', value: 'Ferie' } },
          },
        }),
      );
      expect(submitted.json).toMatchObject({ response_action: 'update' });
      expect(JSON.stringify(submitted.json)).toContain(
        `${suppleant.name} holder din plads på mødet`,
      );
      const absences = await bot.stores.absences.absences(council.id);
      expect(absences).toEqual([
        expect.objectContaining({
          memberId: member.id,
          scope: { kind: 'meeting', meetingId },
          reason: 'Ferie',
        }),
      ]);

      await eventually(
        () => dmTexts(bot, userOf(suppleant)).length === 1,
        'the suppleant was told',
      );
      const [told] = bot.slack.messagesIn(bot.slack.dmChannelOf(userOf(suppleant)));
      expect(told?.text).toMatch(
        new RegExp(
          `^${member.name} har meldt afbud til «Rådsmøde januar» 9\\. januar 2027, kl\\. 13\\.00–16\\.00\\. Du holder pladsen`,
        ),
      );
      expect(JSON.stringify(told?.blocks)).toContain('1.2 Budget for 2028 (B)');
      // The member away is told nothing in their DM; the suppleant gets no afbud button.
      expect(dmTexts(bot, userOf(member))).toEqual([]);
      expect(JSON.stringify(told?.blocks)).not.toContain(meetingActionIds.afbud);

      await bot.post(click(bot, userOf(member), meetingActionIds.withdrawAfbud, meetingId));
      await eventually(
        () => dmTexts(bot, userOf(suppleant)).length === 2,
        'the suppleant was told the seat went back',
      );
      expect(dmTexts(bot, userOf(suppleant))[1]).toMatch(
        new RegExp(
          `^${member.name} har trukket sit afbud til «Rådsmøde januar» .+ tilbage, så pladsen er medlemmets igen`,
        ),
      );
      expect(await bot.stores.absences.absences(council.id)).toEqual([]);
      const answers = await eventually(() => {
        const texts = answersTo(bot, userOf(member));
        return texts.length > 0 ? texts : undefined;
      }, 'the member was answered');
      expect(answers.at(-1)).toMatch(
        /^Dit afbud til «Rådsmøde januar» .+ er trukket tilbage, og pladsen er din igen\. .+ har fået besked\.$/,
      );
    },
  );

  stillClock(
    'a forged meeting id is answered, and afbud after the meeting began is refused in the member’s language',
    async ({ bot }) => {
      const { council, roster, userOf, meetingId, day } = await aPublishedMeeting(bot);
      const member = roster.members[1]!;
      const forged = await bot.post(click(bot, userOf(member), meetingActionIds.afbud, 'x:/\'"'));
      expect(forged.status).toBe(200);
      await eventually(
        () => answersTo(bot, userOf(member)).length === 1,
        'the forged click was answered',
      );
      expect(bot.slack.callsTo('views.open')).toEqual([]);

      // The modal was opened before the meeting began, and is sent after it did.
      clock.set(new Date(`${day}T12:30:00.000Z`));
      const late = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.afbud,
          userId: userOf(member),
          teamId: councilTeam,
          privateMetadata: JSON.stringify({ m: meetingId }),
          values: { reason: { [inputActionId]: { type: 'plain_text_input', value: '' } } },
        }),
      );
      expect(late.json).toEqual({
        response_action: 'errors',
        errors: {
          reason:
            'Mødet er begyndt (eller holdt), så afbud og tilmelding kan ikke længere ændres her. Giv sekretariatet besked direkte.',
        },
      });
      expect(await bot.stores.absences.absences(council.id)).toEqual([]);

      await bot.post(click(bot, userOf(member), meetingActionIds.afbud, meetingId));
      await eventually(
        () => answersTo(bot, userOf(member)).length === 2,
        'the late click was answered',
      );
      expect(answersTo(bot, userOf(member))[1]).toMatch(/^Mødet er begyndt/);
      expect(bot.slack.callsTo('views.open')).toEqual([]);
    },
  );

  stillClock(
    'the day-before and hour-before reminders come as DMs to those who attend, with the afbud button; the member away gets none, their suppleant does',
    async ({ bot }) => {
      const { council, roster, userOf, meetingId, meeting } = await aPublishedMeeting(bot);
      const away = roster.members[0]!;
      // Publishing told each invitee: when, where, the agenda's headings, and the afbud button.
      const agendaToChair = bot.slack.messagesIn(bot.slack.dmChannelOf(userOf(roster.chair)))[0]!;
      expect(agendaToChair.text).toBe(
        'Dagsordenen til «Rådsmøde januar» 9. januar 2027, kl. 13.00–16.00 er udsendt.',
      );
      expect(JSON.stringify(agendaToChair.blocks)).toContain('Sted: Havnehuset, mødelokale 2');
      expect(JSON.stringify(agendaToChair.blocks)).toContain('1.2 Budget for 2028 (B)');
      expect(JSON.stringify(agendaToChair.blocks)).toContain(
        `"action_id":"${meetingActionIds.afbud}","value":"${meetingId}"`,
      );
      expect(bot.slack.messagesIn(bot.slack.dmChannelOf(userOf(roster.secretary)))).toEqual([]);
      await bot.useCases.sendMeetingAfbud({ councilId: council.id, actorId: away.id, meetingId });
      await eventually(
        () => dmTexts(bot, userOf(roster.substitute)).length === 1,
        'the suppleant was told of the seat',
      );

      const job = {
        councilId: council.id,
        meetingId,
        start: meeting.start,
        sequence: meeting.sequence ?? 0,
      };
      // The day before at 10.00, Copenhagen.
      clock.set(new Date(`${localDateInDays(6)}T09:00:00.000Z`));
      const run = await queueMeetingReminderNotices(bot.deps, {
        ...job,
        reminderKey: 'day-before',
      });
      const attending = [
        roster.chair,
        roster.viceChair,
        ...roster.members.slice(1),
        roster.substitute,
        roster.observer,
      ];
      expect(run).toEqual({
        status: 'sent',
        memberIds: expect.arrayContaining(attending.map((m) => m.id)),
      });
      await eventually(
        () =>
          attending.every(
            (m) => dmTexts(bot, userOf(m)).length === (m === roster.substitute ? 2 : 1),
          ),
        'every attendee got the day-before reminder',
        15_000,
      );
      expect(dmTexts(bot, userOf(away))).toEqual([]);
      const toChair = bot.slack.messagesIn(bot.slack.dmChannelOf(userOf(roster.chair)))[1]!;
      expect(toChair.text).toBe(
        'Påmindelse: I morgen er der møde: «Rådsmøde januar» 9. januar 2027, kl. 13.00–16.00.',
      );
      expect(JSON.stringify(toChair.blocks)).toContain(
        `"action_id":"${meetingActionIds.afbud}","value":"${meetingId}"`,
      );
      const toSuppleant = bot.slack.messagesIn(
        bot.slack.dmChannelOf(userOf(roster.substitute)),
      )[1]!;
      expect(JSON.stringify(toSuppleant.blocks)).toContain(
        `Du holder ${away.name}s plads på mødet`,
      );

      // Run again (a retried job): the outbox knows these notices, nobody gets two.
      await queueMeetingReminderNotices(bot.deps, { ...job, reminderKey: 'day-before' });
      // The hour before: the chair has meanwhile sent afbud, so it is not sent to them.
      await bot.useCases.sendMeetingAfbud({
        councilId: council.id,
        actorId: roster.chair.id,
        meetingId,
      });
      clock.set(new Date(`${localDateInDays(7)}T11:00:00.000Z`));
      await queueMeetingReminderNotices(bot.deps, { ...job, reminderKey: 'hour-before' });
      const viceChair = userOf(roster.viceChair);
      await eventually(() => dmTexts(bot, viceChair).length === 2, 'the hour-before reminder came');
      expect(dmTexts(bot, viceChair)[1]).toBe(
        'Påmindelse: Om en time begynder «Rådsmøde januar» 9. januar 2027, kl. 13.00–16.00.',
      );
      expect(dmTexts(bot, userOf(roster.chair))).toHaveLength(1);
    },
  );

  stillClock('a reminder of a meeting cancelled or moved since is not sent', async ({ bot }) => {
    const { council, roster, userOf, meetingId, meeting, day } = await aPublishedMeeting(bot);
    const job = {
      councilId: council.id,
      meetingId,
      reminderKey: 'day-before' as const,
      start: meeting.start,
      sequence: meeting.sequence ?? 0,
    };
    const moved = await bot.useCases.moveMeeting({
      councilId: council.id,
      actorId: roster.secretary.id,
      meetingId,
      start: `${day}T14:00`,
    });
    expect(moved.ok).toBe(true);
    expect(await queueMeetingReminderNotices(bot.deps, job)).toEqual({ status: 'stale' });

    // A reminder already queued when the meeting is cancelled is not delivered.
    const current = moved.ok ? moved.value.record.meeting : meeting;
    const chair = roster.chair;
    const notice = {
      kind: 'meeting_reminder' as const,
      councilId: council.id,
      meetingId,
      reminderKey: 'day-before' as const,
      sequence: current.sequence ?? 0,
      memberId: chair.id,
    };
    const [route] = await bot.surface.sender.routesFor(notice);
    await bot.useCases.cancelMeeting({
      councilId: council.id,
      actorId: roster.secretary.id,
      meetingId,
    });
    await bot.surface.sender.deliver(route!, notice);
    expect(
      await queueMeetingReminderNotices(bot.deps, {
        ...job,
        start: current.start,
        sequence: current.sequence ?? 0,
      }),
    ).toEqual({ status: 'not_published' });
    expect(dmTexts(bot, userOf(chair))).toEqual([]);
  });

  stillClock(
    '"/raad afbud" offers the upcoming meeting, and choosing it sends afbud so the suppleant is told',
    async ({ bot }) => {
      const { council, roster, userOf, meetingId } = await aPublishedMeeting(bot);
      const member = roster.members[0]!;
      await bot.post(
        slashCommand({
          command: '/raad',
          text: 'afbud',
          userId: userOf(member),
          teamId: councilTeam,
          channelId: councilChannelId,
          responseUrl: `${bot.slack.hooksUrl}cmd`,
        }),
      );
      const opened = await eventually(
        () => bot.slack.callsTo('views.open')[0],
        'the afbud modal opened',
      );
      const view = JSON.stringify(opened.args['view']);
      expect(view).toContain('Et kommende møde');
      expect(view).toContain(`"value":"${meetingId}"`);
      expect(view).toContain('Rådsmøde januar (9. januar 2027, kl. 13.00–16.00)');

      const submitted = await bot.post(
        viewSubmission({
          callbackId: absenceCallbackId,
          userId: userOf(member),
          teamId: councilTeam,
          values: {
            meetingId: {
              [inputActionId]: { type: 'static_select', selected_option: { value: meetingId } },
            },
          },
        }),
      );
      expect(submitted.json).toMatchObject({ response_action: 'update' });
      expect(JSON.stringify(submitted.json)).toContain(
        `${roster.substitute.name} holder din plads på mødet`,
      );
      expect(await bot.stores.absences.absences(council.id)).toEqual([
        expect.objectContaining({ memberId: member.id, scope: { kind: 'meeting', meetingId } }),
      ]);
      await eventually(
        () => dmTexts(bot, userOf(roster.substitute)).length === 1,
        'the suppleant was told',
      );
    },
  );
});
