/**
 * Meetings typed to Rådsbot in Teams: "næste møde", "opfølgning" and
 * "fremmøde", through the real endpoint with the fake Bot Connector; every
 * card is checked against Adaptive Cards 1.5 after each test.
 */
import { describe, expect } from 'vitest';
import { meetingVerbNames } from '../../../../src/bot/teams/meetings/meeting-verb-names.ts';
import { heldMeetingWithMinutes, longAgenda, planMeeting } from '../../../support/meeting-seeds.ts';
import { TEAMS_PEOPLE } from '../../../support/teams-activities.ts';
import { click, replyText, say } from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  textOf,
  teamsTest,
  TEAMS_BYSTANDER,
  TEAMS_SUBSTITUTE,
  type AdaptiveCardJson,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';

const { secretary, memberB: amira } = TEAMS_PEOPLE;
const karl = TEAMS_BYSTANDER;

const seedOf = (h: TeamsHarness) => ({
  councilId: h.council.id,
  actorId: 'signe',
  now: h.bot.deps.clock.now(),
});

/** Every Action.Execute on a card, wherever it sits (card actions or an ActionSet). */
function executes(card: unknown): { verb: string; data: Record<string, unknown>; title: string }[] {
  const found: { verb: string; data: Record<string, unknown>; title: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Action.Execute')
      found.push({
        verb: String(record['verb']),
        data: record['data'] as Record<string, unknown>,
        title: String(record['title']),
      });
    for (const [key, value] of Object.entries(record)) if (key !== 'fallback') walk(value);
  };
  walk(card);
  return found;
}

const cardOf = async (h: TeamsHarness, who: typeof amira, text: string) => {
  const reply = await say(h, who, text, h.teams.personalChatWith(who));
  const card = cardIn(reply);
  if (card === undefined) throw new Error(`no card in reply to "${text}": ${reply.text ?? ''}`);
  return card;
};

describe('"næste møde" in Teams', () => {
  teamsTest(
    'a member who sent afbud gets the next meeting with its agenda, that their suppleant holds the seat, Træk afbud tilbage, and the referat waiting with Godkend referat',
    async ({ h }) => {
      const held = await heldMeetingWithMinutes(h.bot.useCases, seedOf(h));
      const meetingId = await planMeeting(h.bot.useCases, seedOf(h));
      await h.bot.useCases.sendMeetingAfbud({
        councilId: h.council.id,
        actorId: 'amira',
        meetingId,
      });

      const card = await cardOf(h, amira, 'næste møde');

      const text = textOf(card);
      expect(text).toContain('Næste møde: Rådsmøde');
      expect(text).toContain('Sted: Havnehuset, mødelokale 2');
      expect(text).toContain('1.2 Budget for 2028 (B)');
      expect(text).toContain('Du har meldt afbud. Din suppleant Bo Sand har din plads.');
      expect(text).toContain('Referatet af Rådsmøde i december');
      expect(executes(card)).toEqual([
        expect.objectContaining({
          verb: meetingVerbNames.withdrawAfbud,
          data: { meetingId },
          title: 'Træk afbud tilbage',
        }),
        expect.objectContaining({
          verb: meetingVerbNames.approveMinutes,
          data: { meetingId: held.meetingId },
          title: 'Godkend referat',
        }),
      ]);
    },
  );

  teamsTest(
    "a member who has not answered gets Afbud; the suppleant's card says whose seat they hold (typed in English or ASCII as well)",
    async ({ h }) => {
      const meetingId = await planMeeting(h.bot.useCases, seedOf(h), { agenda: longAgenda(40) });
      await h.bot.useCases.sendMeetingAfbud({
        councilId: h.council.id,
        actorId: 'amira',
        meetingId,
      });

      const karlsCard = await cardOf(h, karl, 'next meeting');
      const bosCard = await cardOf(h, TEAMS_SUBSTITUTE, 'naeste moede');

      expect(textOf(karlsCard)).toContain('Du har ikke svaret endnu.');
      expect(textOf(karlsCard)).toContain('1.40 Punkt 40');
      expect(executes(karlsCard)).toEqual([
        expect.objectContaining({ verb: meetingVerbNames.afbud, data: { meetingId } }),
      ]);
      expect(textOf(bosCard)).toContain(
        'Du har Amira Lunds plads på mødet, fordi Amira Lund har meldt afbud.',
      );
      expect(executes(bosCard)).toEqual([]);
      // 40 items stay far inside Teams' message size.
      expect(JSON.stringify(karlsCard).length).toBeLessThan(80_000);
    },
  );

  teamsTest('with no meeting planned it says so instead of a blank card', async ({ h }) => {
    const card = await cardOf(h, amira, 'næste møde');

    expect(textOf(card)).toContain('Der er ikke planlagt noget møde endnu.');
    expect(executes(card)).toEqual([]);
  });
});

describe('"opfølgning" in Teams', () => {
  teamsTest(
    'the owner marks their point done; another member sees no button and a forged click changes nothing',
    async ({ h }) => {
      const { meetingId, pointId } = await heldMeetingWithMinutes(h.bot.useCases, seedOf(h), {
        owner: 'Amira Lund',
      });
      const place = h.teams.personalChatWith(amira);

      const amirasSheet = await cardOf(h, amira, 'opfølgning');
      const karlsSheet = await cardOf(h, karl, 'follow-up');

      expect(textOf(amirasSheet)).toContain('Rådsmøde i december');
      expect(textOf(amirasSheet)).toContain('1.2 Budget for 2028');
      expect(textOf(amirasSheet)).toContain('Ansvarlig: Amira Lund');
      expect(executes(amirasSheet)).toEqual([
        expect.objectContaining({
          verb: meetingVerbNames.followUpDone,
          data: { meetingId, point: pointId },
          title: 'Markér som udført',
        }),
      ]);
      expect(executes(karlsSheet)).toEqual([]);

      const forged = invokeCard(
        await click(h, karl, meetingVerbNames.followUpDone, { meetingId, point: pointId }, place),
      );
      expect(textOf(forged)).toContain('Kun den ansvarlige for punktet');
      const open = await h.bot.useCases.listFollowUp({ councilId: h.council.id });
      expect(open.ok && open.value).toHaveLength(1);

      const marked: AdaptiveCardJson = invokeCard(
        await click(h, amira, meetingVerbNames.followUpDone, { meetingId, point: pointId }, place),
      );
      expect(textOf(marked)).toContain('Punkt 1.2 fra Rådsmøde i december er markeret som udført.');
      expect(textOf(marked)).toContain('Der er ingen åbne opfølgningspunkter.');
    },
  );

  teamsTest('a click with no point in it is answered, not thrown at', async ({ h }) => {
    const answer = invokeCard(
      await click(h, amira, meetingVerbNames.followUpDone, {}, h.teams.personalChatWith(amira)),
    );

    expect(textOf(answer)).toMatch(/pointId|punkt/i);
  });
});

describe('"fremmøde" in Teams', () => {
  teamsTest(
    'the secretariat sees afbud with the suppleant and adds an oplægsholder from the card; a member is told only the secretariat',
    async ({ h }) => {
      const meetingId = await planMeeting(h.bot.useCases, seedOf(h));
      await h.bot.useCases.sendMeetingAfbud({
        councilId: h.council.id,
        actorId: 'amira',
        meetingId,
        reason: 'Sygdom',
      });
      const place = h.teams.personalChatWith(secretary);

      const sheet = await cardOf(h, secretary, 'fremmøde');

      expect(textOf(sheet)).toContain('Fremmøde til «Rådsmøde»');
      expect(textOf(sheet)).toContain('Amira Lund (Sygdom) – suppleant Bo Sand har pladsen');
      expect(textOf(sheet)).toContain('Fra KL:');
      expect(executes(sheet)).toEqual([
        expect.objectContaining({ verb: meetingVerbNames.addGuest, data: { meetingId } }),
      ]);

      const missing = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.addGuest,
          { meetingId, guestName: 'Karen Vestergaard' },
          place,
        ),
      );
      expect(textOf(missing)).toContain('Udfyld feltet «Organisation eller gruppe».');

      const added = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.addGuest,
          {
            meetingId,
            guestName: 'Karen Vestergaard',
            organisation: 'Jobcenter Havby',
            presenter: 'false',
            item: '1.3',
          },
          place,
        ),
      );
      expect(textOf(added)).toContain('Karen Vestergaard er tilføjet til Rådsmøde');
      expect(textOf(added)).toContain('Karen Vestergaard (Jobcenter Havby; under punkt 1.3)');

      const refused = await say(h, amira, 'fremmøde', h.teams.personalChatWith(amira));
      expect(replyText(refused)).toContain('Kun sekretariatet og formandskabet');
      const forged = invokeCard(
        await click(
          h,
          amira,
          meetingVerbNames.addGuest,
          { meetingId, guestName: 'Falsk Gæst', organisation: 'X' },
          h.teams.personalChatWith(amira),
        ),
      );
      expect(textOf(forged)).toContain('Kun sekretariatet og formandskabet');
      const attendance = await h.bot.useCases.meetingAttendance({
        councilId: h.council.id,
        meetingId,
      });
      expect(attendance.ok && attendance.value.guests.map((guest) => guest.name)).toEqual([
        'Karen Vestergaard',
      ]);
    },
  );

  teamsTest('with no meeting planned the secretary is told how to name one', async ({ h }) => {
    const reply = await say(h, secretary, 'attendance', h.teams.personalChatWith(secretary));

    expect(replyText(reply)).toContain('Der er ikke planlagt noget møde.');
  });
});
