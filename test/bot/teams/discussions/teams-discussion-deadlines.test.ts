/**
 * A group discussion's deadlines in Teams: after the sign-up deadline a
 * click is answered "Tilmeldingen er lukket"; the deadline forms the groups
 * and tells the secretary, whose "Se forslaget" shows the proposal; once
 * announced, the referent is reminded of the summary with "Skriv opsamling".
 * The clock stands still until the test moves it.
 */
import { describe, expect } from 'vitest';
import { discussionVerbNames } from '../../../../src/bot/teams/discussions/discussion-verb-names.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START } from '../../../fakes/test-instants.ts';
import { click } from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  TEAMS_BYSTANDER,
  teamsTestWith,
  textOf,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';
import type { TeamsAccount } from '../../../support/teams-activities.ts';
import {
  amira,
  jonas,
  nowShown,
  personalChats,
  secretary,
  setUpInTeams,
} from './teams-discussion-support.ts';

const clock = new FixedClock(HARNESS_START);
const teamsTest = teamsTestWith({ clock });
const karl = TEAMS_BYSTANDER;
const teamsPeople: Record<string, TeamsAccount> = { jonas, amira, karl };

/** The cards sent into one person's 1:1 chat. */
const dmCards = (h: TeamsHarness, person: TeamsAccount) =>
  h.connector
    .sentActivities(h.teams.personalChatWith(person).conversation.id)
    .map((activity) => cardIn(activity))
    .filter((card) => card !== undefined);

describe("a group discussion's deadlines in Teams", () => {
  teamsTest(
    'after the deadline a choice is answered "Tilmeldingen er lukket"; the deadline forms the groups and the secretary sees them; the referent is reminded with "Skriv opsamling"',
    async ({ h }) => {
      clock.set(HARNESS_START);
      await personalChats(h, [secretary, jonas, amira, karl]);
      const { discussionId, post } = await setUpInTeams(h, {
        topic2Title: '',
        topic2Questions: '',
      });
      const councilId = h.council.id;
      await h.bot.useCases.chooseTopic({ councilId, discussionId, memberId: 'amira', topic: 'A' });

      // Six days on: past the deadline (five days on at 12.00).
      clock.advance({ days: 6 });
      const late = invokeCard(
        await click(
          h,
          jonas,
          discussionVerbNames.chooseTopic,
          { discussionId, topic: 'A' },
          h.channel,
          post.id,
        ),
      );
      expect(textOf(late)).toContain('Tilmeldingen er lukket.');
      expect(late.actions ?? []).toEqual([]);

      const shown = await h.bot.useCases.showDiscussion({ councilId, discussionId });
      if (!shown.ok) throw new Error(shown.code);
      const closed = await h.bot.useCases.closeSignUp({
        councilId,
        discussionId,
        sequence: shown.value.discussion.sequence,
      });
      expect(closed.ok).toBe(true);
      await h.connector.waitUntil(
        () =>
          dmCards(h, secretary).some((card) => textOf(card).includes('Se forslaget')) &&
          textOf(nowShown(h, post)).includes('Sekretariatet ser på grupperne'),
        15_000,
      );
      const ready = dmCards(h, secretary).find((card) => textOf(card).includes('Se forslaget'))!;
      const proposal = invokeCard(
        await click(
          h,
          secretary,
          discussionVerbNames.showProposal,
          ready.actions![0]!.data!,
          h.teams.personalChatWith(secretary),
        ),
      );
      expect(textOf(proposal)).toContain('Forslag til grupper: Unge uden uddannelse');
      expect(textOf(proposal)).toContain('af fristen');

      // Each group's referent is someone with Teams, so the reminder can reach them (Lis has
      // none). A role set before announcing re-forms the rest, so the groups are read afresh.
      for (let pass = 0; pass < 4; pass++) {
        const formed = await h.bot.useCases.showDiscussion({ councilId, discussionId });
        if (!formed.ok || formed.value.proposal === undefined) throw new Error('no proposal');
        const group = formed.value.proposal.groups.find((one) => !(one.referent in teamsPeople));
        if (group === undefined) break;
        const assigned = await h.bot.useCases.assignGroupRole({
          councilId,
          discussionId,
          actorId: 'signe',
          groupKey: group.key,
          role: 'referent',
          memberId: group.members.find((memberId) => memberId in teamsPeople)!,
        });
        expect(assigned).toMatchObject({ ok: true });
      }
      expect(
        (await h.bot.useCases.announceGroups({ councilId, discussionId, actorId: 'signe' })).ok,
      ).toBe(true);
      const announced = await h.bot.useCases.showDiscussion({ councilId, discussionId });
      if (!announced.ok) throw new Error(announced.code);
      const reminded = await h.bot.useCases.queueSummaryReminders({
        councilId,
        discussionId,
        sequence: announced.value.discussion.sequence,
      });
      expect(reminded.ok).toBe(true);
      const writers = Object.values(announced.value.writers).map((id) => teamsPeople[id]!);
      await h.connector.waitUntil(
        () =>
          writers.every((person) =>
            dmCards(h, person).some((card) => textOf(card).includes('Husk gruppe')),
          ),
        15_000,
      );
      const reminder = dmCards(h, writers[0]!).find((card) =>
        textOf(card).includes('Husk gruppe'),
      )!;
      expect(reminder.actions?.map((action) => action.verb)).toEqual([
        discussionVerbNames.writeSummary,
      ]);
      const form = invokeCard(
        await click(
          h,
          writers[0]!,
          discussionVerbNames.writeSummary,
          reminder.actions![0]!.data!,
          h.teams.personalChatWith(writers[0]!),
        ),
      );
      expect(textOf(form)).toContain('Opsamling fra gruppe');
    },
  );
});
