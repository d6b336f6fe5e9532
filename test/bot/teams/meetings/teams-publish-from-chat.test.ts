/**
 * The secretariat sends an agenda out from Teams: "offentliggør" lists the
 * upcoming meetings with an agenda, the button asks first (a card, since
 * Adaptive Cards have no confirm dialog), and "Ja, offentliggør" publishes.
 * Real Agents SDK over HTTP, the fake Bot Connector, real Redis.
 */
import { describe, expect } from 'vitest';
import { meetingVerbNames } from '../../../../src/bot/teams/meetings/meeting-verb-names.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { TEAMS_PEOPLE } from '../../../support/teams-activities.ts';
import { click, say } from '../../../support/teams-flows.ts';
import {
  cardIn,
  COUNCIL_ID,
  invokeCard,
  textOf,
  teamsTestWith,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';

const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;

/** Monday 23 November 2026, 09.00 in Copenhagen; the meeting is two weeks later. */
const teamsTest = teamsTestWith({ clock: new FixedClock('2026-11-23T08:00:00.000Z') });

async function aMeetingWithAnAgenda(h: TeamsHarness): Promise<string> {
  const created = await h.bot.useCases.createMeeting({
    councilId: COUNCIL_ID,
    actorId: 'signe',
    title: 'Rådsmøde',
    start: '2026-12-07T13:00',
    end: '2026-12-07T16:00',
  });
  if (!created.ok) throw new Error(`createMeeting: ${created.code}`);
  const meetingId = created.value.meeting.id;
  const imported = await h.bot.useCases.importAgendaIntoMeeting({
    councilId: COUNCIL_ID,
    actorId: 'signe',
    meetingId,
    format: 'text',
    text: '1. Rådets arbejde\n\n1.1 Budget for 2028 (B)\nIndstilling: Det indstilles, at Rådet godkender budgettet.\n',
  });
  if (!imported.ok) throw new Error(`importAgendaIntoMeeting: ${imported.code}`);
  return meetingId;
}

const statusOf = async (h: TeamsHarness, meetingId: string) => {
  const shown = await h.bot.useCases.showMeeting({ councilId: COUNCIL_ID, meetingId });
  return shown.ok ? shown.value.meeting.status : shown.code;
};

describe('publishing an agenda from Teams', () => {
  teamsTest(
    'the secretary lists the meeting, is asked first, and "Ja, offentliggør" publishes it',
    async ({ h }) => {
      const meetingId = await aMeetingWithAnAgenda(h);
      const chat = h.teams.personalChatWith(secretary);

      const listed = cardIn(await say(h, secretary, 'offentliggør', chat));
      expect(textOf(listed)).toContain('Rådsmøde');
      expect(textOf(listed)).toContain('ét punkt');
      expect(JSON.stringify(listed)).toContain(meetingVerbNames.publishAgenda);

      const asked = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.publishAgenda,
          { meetingId, confirmed: false },
          chat,
        ),
      );
      expect(textOf(asked)).toContain('Offentliggør dagsordenen?');
      expect(textOf(asked)).toContain('ikke trækkes tilbage');
      expect(await statusOf(h, meetingId)).toBe('planned');

      const cancelled = invokeCard(
        await click(h, secretary, meetingVerbNames.cancelPublishAgenda, { meetingId }, chat),
      );
      expect(textOf(cancelled)).toContain('Intet er sendt.');
      expect(await statusOf(h, meetingId)).toBe('planned');

      const done = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.publishAgenda,
          { meetingId, confirmed: true },
          chat,
        ),
      );
      expect(textOf(done)).toContain('Dagsordenen til Rådsmøde er offentliggjort i rådets kanal.');
      expect(await statusOf(h, meetingId)).toBe('agenda_published');
    },
  );

  teamsTest(
    'a member is refused, a forged or unknown meeting is answered, and nothing is published',
    async ({ h }) => {
      const meetingId = await aMeetingWithAnAgenda(h);
      const chat = h.teams.personalChatWith(amira);

      const listed = await say(h, amira, 'publish', chat);
      expect(textOf(cardIn(listed))).toContain('Kun sekretariatet og formandskabet');

      const forged = invokeCard(
        await click(h, amira, meetingVerbNames.publishAgenda, { meetingId, confirmed: true }, chat),
      );
      expect(textOf(forged)).toContain('Kun sekretariatet og formandskabet');
      expect(await statusOf(h, meetingId)).toBe('planned');

      const jonasChat = h.teams.personalChatWith(jonas);
      const unknown = invokeCard(
        await click(
          h,
          jonas,
          meetingVerbNames.publishAgenda,
          { meetingId: 'no-such-meeting', confirmed: false },
          jonasChat,
        ),
      );
      expect(textOf(unknown)).toContain('Mødet findes ikke');
    },
  );
});
