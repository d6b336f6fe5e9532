/**
 * A group discussion set up and signed up for in Teams, through the real
 * Teams SDK endpoint with Teams-shaped activities against the fake Bot
 * Connector and real Redis: the set-up card in the secretary's chat, the
 * sign-up card in the council's channel, topic and role clicks answered to
 * the one who clicked, the reminder, bad input and forged clicks. The clock
 * stands still.
 */
import { describe, expect } from 'vitest';
import { discussionVerbNames } from '../../../../src/bot/teams/discussions/discussion-verb-names.ts';
import { meetingVerbNames } from '../../../../src/bot/teams/meetings/meeting-verb-names.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START } from '../../../fakes/test-instants.ts';
import { click, say } from '../../../support/teams-flows.ts';
import { cardIn, invokeCard, teamsTestWith, textOf } from '../../../support/teams-harness.ts';
import { agendaInChannel, aMeeting } from '../meetings/teams-agenda-support.ts';
import {
  amira,
  answerText,
  dmTexts,
  jonas,
  nowShown,
  personalChats,
  secretary,
  setUpInTeams,
  setupForm,
} from './teams-discussion-support.ts';

const clock = new FixedClock(HARNESS_START);
const teamsTest = teamsTestWith({ clock });

describe('signing up for a group discussion in Teams', () => {
  teamsTest(
    'the secretary sets it up from her chat; Amira chooses a topic, changes it and volunteers, each click answering her with her choice; the card counts; Jonas, without a topic, is reminded and chooses from the reminder',
    async ({ h }) => {
      clock.set(HARNESS_START);
      await personalChats(h, [jonas, amira]);
      const { discussionId, post } = await setUpInTeams(h);
      const shared = nowShown(h, post);
      expect(textOf(shared)).toContain('Emne A: Praktikpladser');
      expect(textOf(shared)).toContain('1. Hvad virker i dag?');
      expect(shared.refresh?.action.verb).toBe(discussionVerbNames.refresh);

      const first = invokeCard(
        await click(
          h,
          amira,
          discussionVerbNames.chooseTopic,
          { discussionId, topic: 'A' },
          h.channel,
          post.id,
        ),
      );
      expect(textOf(first)).toContain('Dit valg: Emne A: Praktikpladser.');
      const changed = invokeCard(
        await click(
          h,
          amira,
          discussionVerbNames.chooseTopic,
          { discussionId, topic: 'B' },
          h.channel,
          post.id,
        ),
      );
      expect(textOf(changed)).toContain('Dit valg: Emne B: Voksenlærlinge.');
      const role = invokeCard(
        await click(
          h,
          amira,
          discussionVerbNames.volunteer,
          { discussionId, role: 'referent' },
          h.channel,
          post.id,
        ),
      );
      expect(textOf(role)).toContain('Du har meldt dig som referent.');
      // Her own view: the secretariat's buttons are not hers.
      expect(textOf(role)).not.toContain('Dan grupper');

      const view = await h.bot.useCases.showDiscussion({ councilId: h.council.id, discussionId });
      const amiraSignUp = view.ok && view.value.participants.find((p) => p.memberId === 'amira');
      expect(amiraSignUp && amiraSignUp.signUp).toMatchObject({
        topic: 'B',
        volunteer: 'referent',
      });
      await h.connector.waitUntil(
        () => textOf(nowShown(h, post)).includes('Én har valgt emne'),
        15_000,
      );

      // The reminder before the deadline: Jonas has not chosen; Amira has.
      const discussion = view.ok ? view.value.discussion : undefined;
      const reminded = await h.bot.useCases.queueSignUpReminders({
        councilId: h.council.id,
        discussionId,
        sequence: discussion!.sequence,
      });
      expect(reminded.ok).toBe(true);
      await h.connector.waitUntil(
        () => dmTexts(h, jonas).some((text) => text.includes('Husk at vælge emne')),
        15_000,
      );
      expect(dmTexts(h, amira).some((text) => text.includes('Husk at vælge emne'))).toBe(false);
      const reminder = h.connector
        .sentActivities(h.teams.personalChatWith(jonas).conversation.id)
        .map((activity) => cardIn(activity))
        .find((card) => textOf(card).includes('Husk at vælge emne'))!;
      expect(reminder.actions?.map((action) => action.title)).toEqual([
        'Emne A: Praktikpladser',
        'Emne B: Voksenlærlinge',
        'Intet ønske',
      ]);
      // His choice from the reminder in his own chat.
      const fromReminder = invokeCard(
        await click(
          h,
          jonas,
          discussionVerbNames.chooseTopic,
          reminder.actions![2]!.data!,
          h.teams.personalChatWith(jonas),
        ),
      );
      expect(textOf(fromReminder)).toContain('Dit valg: intet ønske');
    },
  );

  teamsTest(
    "a bad set-up comes back on the card naming the field; a member may not set one up nor press the secretariat's buttons; forged clicks are answered",
    async ({ h }) => {
      clock.set(HARNESS_START);
      const chat = h.teams.personalChatWith(secretary);
      await say(h, secretary, 'gruppedrøftelse', chat);
      const refused = invokeCard(
        await click(
          h,
          secretary,
          discussionVerbNames.start,
          setupForm({ topic1Questions: '', sizingValue: 0, rooms: 'ikke et link' }),
          chat,
        ),
      );
      expect(textOf(refused)).toContain('Ret felterne markeret med rødt');
      expect(textOf(refused)).toContain('Antal: skal være et helt tal på mindst 1.');
      const refusedByUseCase = invokeCard(
        await click(
          h,
          secretary,
          discussionVerbNames.start,
          setupForm({ rooms: 'ikke et link' }),
          chat,
        ),
      );
      expect(textOf(refusedByUseCase)).toMatch(/Links til rummene: /);
      const listed = await h.bot.useCases.listDiscussions({ councilId: h.council.id });
      expect(listed.ok && listed.value).toEqual([]);

      const amiraChat = h.teams.personalChatWith(amira);
      const typed = await say(h, amira, 'gruppedrøftelse', amiraChat);
      expect(typed.text).toContain('Kun sekretariatet og formandskabet');
      const { discussionId, post } = await setUpInTeams(h);
      expect(
        answerText(
          await click(
            h,
            amira,
            discussionVerbNames.formGroups,
            { discussionId },
            h.channel,
            post.id,
          ),
        ),
      ).toContain('Kun sekretariatet og formandskabet');
      const view = await h.bot.useCases.showDiscussion({ councilId: h.council.id, discussionId });
      expect(view.ok && view.value.proposal).toBeUndefined();

      // Forged or stale: a discussion that is not there, no id at all, a topic that is not one.
      expect(
        answerText(
          await click(
            h,
            jonas,
            discussionVerbNames.chooseTopic,
            { discussionId: 'nope', topic: 'A' },
            h.channel,
          ),
        ),
      ).not.toBe('');
      expect(
        answerText(
          await click(h, jonas, discussionVerbNames.chooseTopic, { topic: 'A' }, h.channel),
        ),
      ).toContain('Gruppedrøftelse: er ugyldig.');
      expect(
        answerText(
          await click(
            h,
            jonas,
            discussionVerbNames.chooseTopic,
            { discussionId, topic: { x: 1 } },
            h.channel,
          ),
        ),
      ).toContain('er ugyldig');
      expect(
        answerText(
          await click(
            h,
            jonas,
            discussionVerbNames.chooseTopic,
            { discussionId, topic: 'Z' },
            h.channel,
          ),
        ),
      ).not.toContain('Dit valg');
      expect(
        answerText(
          await click(
            h,
            secretary,
            discussionVerbNames.saveSummary,
            { discussionId, groupKey: 'A1', revision: -4 },
            h.channel,
          ),
        ),
      ).toContain('Revision: er ugyldig.');
    },
  );

  teamsTest(
    '"Start gruppedrøftelse" on a D item opens the set-up card prefilled and linked to the item',
    async ({ h }) => {
      clock.set(HARNESS_START);
      const meeting = await aMeeting(h);
      const published = await h.bot.useCases.publishAgenda({
        councilId: meeting.councilId,
        actorId: meeting.actorId,
        meetingId: meeting.meetingId,
      });
      expect(published.ok).toBe(true);
      await h.connector.waitUntil(() => agendaInChannel(h).items.length === 3, 15_000);
      const dItem = agendaInChannel(h).items[2]!;
      const button = cardIn(dItem.activity)?.actions?.find(
        (action) => action.verb === meetingVerbNames.startDiscussion,
      );
      expect(button).toMatchObject({
        title: 'Start gruppedrøftelse',
        data: { meetingId: meeting.meetingId, item: '1.3' },
      });

      const form = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.startDiscussion,
          button!.data!,
          h.channel,
          dItem.id,
        ),
      );
      expect(textOf(form)).toContain(
        'Gruppedrøftelsen knyttes til punkt 1.3 på dagsordenen til Rådsmøde.',
      );
      expect(form.actions?.[0]).toMatchObject({
        verb: discussionVerbNames.start,
        data: { meetingId: meeting.meetingId, item: '1.3' },
      });
      expect(JSON.stringify(form)).toContain('"id":"title"');
      const memberTry = answerText(
        await click(h, amira, meetingVerbNames.startDiscussion, button!.data!, h.channel, dItem.id),
      );
      expect(memberTry).toContain('Kun sekretariatet og formandskabet');
    },
  );
});
