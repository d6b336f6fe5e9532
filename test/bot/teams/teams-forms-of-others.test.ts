/**
 * A form is answered whoever presses its button: someone who may not take
 * the action is told so on the card, and nothing changes. (In the Agents
 * Playground a member once saw the secretary's 1:1 chat and pressed "Send i
 * høring" on her form; that press never reached the bot. Each person has
 * their own chat there now; the bot's side is pinned here.)
 */
import { describe, expect } from 'vitest';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { TEAMS_PEOPLE } from '../../support/teams-activities.ts';
import { click, hearingForm, say } from '../../support/teams-flows.ts';
import { cardIn, invokeCard, teamsTestWith, textOf } from '../../support/teams-harness.ts';

const { secretary, memberB: amira } = TEAMS_PEOPLE;

// A Monday; the form's deadline a week later, so nothing here reads the calendar.
const teamsTest = teamsTestWith({ clock: new FixedClock('2027-01-04T09:00:00.000Z') });
const form = () => hearingForm({ deadlineDate: '2027-01-11', deadlineTime: '12:00' });

describe("pressing the secretary's new-hearing form as a member", () => {
  teamsTest(
    "in the secretary's own chat: the member is told they may not, and no hearing opens",
    async ({ h }) => {
      const sarasChat = h.teams.personalChatWith(secretary);
      const sent = await say(h, secretary, 'ny høring', sarasChat);
      expect(cardIn(sent)?.actions?.[0]?.verb).toBe('openHearing');

      const answer = await click(h, amira, 'openHearing', form(), sarasChat, sent.id);

      expect(answer.status).toBe(200);
      expect(textOf(invokeCard(answer))).toContain(
        'Kun sekretariatet og formandskabet kan sende sager i høring.',
      );
      const open = await h.bot.useCases.listMyHearings({
        councilId: h.council.id,
        memberId: 'amira',
      });
      expect(open.ok && open.value).toEqual([]);
    },
  );

  teamsTest(
    'in the council channel: the member is told they may not, and no hearing opens',
    async ({ h }) => {
      const channel = h.teams.councilChannel();
      const answer = await click(h, amira, 'openHearing', form(), channel);

      expect(answer.status).toBe(200);
      expect(textOf(invokeCard(answer))).toContain(
        'Kun sekretariatet og formandskabet kan sende sager i høring.',
      );
      const open = await h.bot.useCases.listMyHearings({
        councilId: h.council.id,
        memberId: 'amira',
      });
      expect(open.ok && open.value).toEqual([]);
    },
  );
});
