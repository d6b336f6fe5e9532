/**
 * Who answers for a seat, and what each person's card offers them, through
 * the real Teams endpoint: afbud hands Amira's seat to her suppleant Bo, the
 * record names Bo for her seat, and everyone sees one line on where they
 * stand with only the buttons they may use.
 */
import { describe, expect } from 'vitest';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { TEAMS_PEOPLE, type TeamsAccount } from '../../../support/teams-activities.ts';
import {
  click,
  openHearingInTeams,
  voteOn,
  type PostedHearing,
} from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  textOf,
  teamsTestWith,
  TEAMS_SUBSTITUTE,
  type AdaptiveCardJson,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';

const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;
const bo = TEAMS_SUBSTITUTE;

/**
 * Monday 3 March 2031, 09:00 in Copenhagen, a week before the deadline. Far
 * enough ahead that no queued close or reminder comes due while a test runs.
 */
const teamsTest = teamsTestWith({ clock: new FixedClock('2031-03-03T08:00:00.000Z') });
const deadline = { deadlineDate: '2031-03-10', deadlineTime: '12:00' };

const voteTitles = (card: AdaptiveCardJson): string[] =>
  (card.actions ?? []).filter((action) => action.verb === 'vote').map((action) => action.title);

async function amiraSendsAfbud(h: TeamsHarness, hearing: PostedHearing): Promise<void> {
  const answer = invokeCard(
    await click(
      h,
      amira,
      'registerAbsence',
      { hearingId: hearing.hearingId },
      h.teams.personalChatWith(amira),
    ),
  );
  expect(textOf(answer)).toContain('Afbud');
}

const refresh = (h: TeamsHarness, hearing: PostedHearing, who: TeamsAccount) =>
  click(
    h,
    who,
    'refresh',
    { hearingId: hearing.hearingId },
    h.channel,
    hearing.activityId,
    'automatic',
  );

describe("a substitute holds an absent member's seat", () => {
  teamsTest(
    "a substitute votes for an absent member's seat and the result names the substitute for that seat",
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, deadline);
      await amiraSendsAfbud(h, hearing);

      const bos = invokeCard(await voteOn(h, hearing, bo, 'abstain'));
      expect(textOf(bos)).toContain(
        'Du har stemt Undlader at stemme som suppleant for Amira Lund — du kan ændre indtil fristen.',
      );
      expect(textOf(bos).match(/suppleant for Amira Lund/g)).toHaveLength(1);
      await voteOn(h, hearing, jonas, 'for');

      const closed = await h.bot.useCases.closeHearing({
        councilId: h.council.id,
        hearingId: hearing.hearingId,
        actorId: 'signe',
      });
      expect(closed.ok).toBe(true);
      const resultText = () =>
        h.connector
          .sentActivities(h.channel.conversation.id)
          .map((activity) => textOf(cardIn(activity)))
          .find((text) => text.includes('Resultat af høringen'));
      await h.connector.waitUntil(() => resultText() !== undefined, 10_000);
      const result = resultText();
      expect(result).toContain('**Undlader at stemme**: Bo Sand (FH, suppleant for Amira Lund)');
      expect(result).toContain('**For**: Jonas Kjær (DA)');
      expect(result).toContain('Ikke svaret: Karl Vang (KL), Lis Mørk (DH)');
      expect(result).not.toContain('Amira Lund (FH)');
    },
  );

  teamsTest(
    "before he votes, the substitute's own view says once whose seat he answers for, with the buttons",
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, deadline);
      await amiraSendsAfbud(h, hearing);

      const his = invokeCard(await refresh(h, hearing, bo));

      expect(textOf(his)).toContain(
        'Du har ikke svaret endnu. Du svarer som suppleant for Amira Lund, som har meldt afbud.',
      );
      expect(voteTitles(his)).toEqual(['For', 'Imod', 'Undlader at stemme']);
    },
  );
});

describe('one clear card for each person', () => {
  teamsTest(
    'refused (her seat is with her substitute): one line why, and no vote buttons',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, deadline);
      await amiraSendsAfbud(h, hearing);

      const hers = invokeCard(await voteOn(h, hearing, amira, 'for'));

      const why =
        'Du har meldt afbud, så din suppleant har stemmeretten i denne høring. Kontakt sekretariatet, hvis du vil trække afbuddet tilbage.';
      expect(textOf(hers).split(why)).toHaveLength(2);
      expect(voteTitles(hers)).toEqual([]);
      expect(textOf(hers)).not.toContain('Du kan ændre dit svar');
      // Her own view keeps being refreshed for her.
      expect(hers.refresh?.userIds).toContain(amira.id);
      expect(await h.bot.deps.hearings.ballots(h.council.id, hearing.hearingId)).toEqual([]);
    },
  );

  teamsTest(
    'a vote: one line "Du har stemt For — du kan ændre indtil fristen." and the buttons to change',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, deadline);

      const his = invokeCard(await voteOn(h, hearing, jonas, 'for'));

      expect(textOf(his).match(/indtil fristen/g)).toHaveLength(1);
      expect(textOf(his)).toContain('Du har stemt For — du kan ændre indtil fristen.');
      expect(textOf(his)).not.toContain('Din stemme er registreret');
      expect(voteTitles(his)).toEqual(['For', 'Imod', 'Undlader at stemme']);
    },
  );

  teamsTest(
    'the secretariat: the counts and one line, no vote buttons and no close button on the card — also after clicking For',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, deadline);

      const hers = invokeCard(await refresh(h, hearing, secretary));
      expect(textOf(hers)).toContain('0 af 4 har svaret');
      expect(textOf(hers)).toContain('Du følger høringen som sekretariat og stemmer ikke selv.');
      expect(voteTitles(hers)).toEqual([]);
      expect(hers.actions ?? []).toEqual([]);

      // An old card in her client still had the buttons: the click is refused in one line.
      const refused = invokeCard(await voteOn(h, hearing, secretary, 'for'));
      expect(textOf(refused)).toContain(
        'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
      );
      expect(textOf(refused)).not.toContain('Du følger høringen som sekretariat');
      expect(voteTitles(refused)).toEqual([]);
    },
  );
});
