/**
 * What the outbox sends to Teams: the hearing card once (then updates),
 * reminders 1:1 or as a mention, and what a throttled or failing Bot
 * Connector does to that.
 */
import { describe, expect, it } from 'vitest';
import { SenderError } from '../../../src/app/chat-sender.ts';
import { deliveryErrorOf, retryAfterMs } from '../../../src/bot/teams/sender/delivery-error.ts';
import { TEAMS_PEOPLE } from '../../support/teams-activities.ts';
import {
  hearingForm,
  openHearingInTeams,
  say,
  voteOn,
  type PostedHearing,
} from '../../support/teams-flows.ts';
import {
  cardIn,
  textOf,
  teamsTest,
  TEAMS_BYSTANDER,
  type TeamsHarness,
} from '../../support/teams-harness.ts';

const { secretary, memberA: jonas, memberB: amira } = TEAMS_PEOPLE;

async function remind(h: TeamsHarness, hearing: PostedHearing) {
  const view = await h.bot.useCases.viewHearing({
    councilId: h.council.id,
    hearingId: hearing.hearingId,
  });
  if (!view.ok) throw new Error(view.code);
  return h.bot.useCases.queueReminderNotices({
    councilId: h.council.id,
    hearingId: hearing.hearingId,
    reminderKey: 'two-hours',
    deadline: view.value.hearing.deadline,
  });
}

describe('reminders', () => {
  teamsTest(
    'go 1:1 where there is a chat, open one where the user is known, and @mention the rest under the card',
    async ({ h }) => {
      // Amira installed the bot personally; Jonas only ever wrote in the channel; Karl never wrote.
      const amirasChat = h.teams.personalChatWith(amira);
      await h.post(h.teams.botInstalled(amirasChat, amira));
      await say(h, jonas, 'hjælp', h.channel);
      const hearing = await openHearingInTeams(h);

      const run = await remind(h, hearing);
      expect(run).toEqual({
        status: 'sent',
        memberIds: expect.arrayContaining(['jonas', 'amira', 'karl', 'lis']),
      });

      await h.connector.waitUntil(
        (c) =>
          c.sentActivities(amirasChat.conversation.id).length === 2 &&
          c.sentActivities('a:fake-personal-1').length === 1 &&
          c.sentActivities(`${h.channel.conversation.id};messageid=${hearing.activityId}`)
            .length === 1,
        15_000,
      );
      const toAmira = cardIn(h.connector.sentActivities(amirasChat.conversation.id)[1]);
      expect(textOf(toAmira)).toMatch(
        /^Påmindelse: Du har endnu ikke svaret på høringen «Positivlisten 2027»\. Fristen er /,
      );
      expect(toAmira?.actions?.map((a) => a.verb)).toEqual(['vote', 'vote', 'vote']);

      expect(h.connector.createdConversations()).toEqual([
        expect.objectContaining({
          isGroup: false,
          members: [{ id: jonas.id }],
          tenantId: h.teams.tenantId,
        }),
      ]);
      expect(textOf(cardIn(h.connector.sentActivities('a:fake-personal-1')[0]))).toContain(
        'Påmindelse:',
      );
      // Jonas's new 1:1 chat is kept: the next reminder goes straight there.
      expect(await h.bot.deps.directory.address(h.council.id, 'teams', 'jonas')).toMatchObject({
        reference: { conversation: { id: 'a:fake-personal-1' } },
      });

      const mention = h.connector.sentActivities(
        `${h.channel.conversation.id};messageid=${hearing.activityId}`,
      )[0];
      expect(mention?.text).toMatch(/^<at>Karl Vang<\/at> Påmindelse: Du har endnu ikke svaret/);
      expect(mention?.entities).toEqual([
        {
          type: 'mention',
          text: '<at>Karl Vang</at>',
          mentioned: { id: TEAMS_BYSTANDER.aadObjectId, name: 'Karl Vang' },
        },
      ]);
    },
  );

  teamsTest('someone who has answered is not reminded', async ({ h }) => {
    const amirasChat = h.teams.personalChatWith(amira);
    await h.post(h.teams.botInstalled(amirasChat, amira));
    const hearing = await openHearingInTeams(h);
    await voteOn(h, hearing, amira, 'for');

    const run = await remind(h, hearing);

    expect(run).toMatchObject({ status: 'sent' });
    expect(run.status === 'sent' && run.memberIds).not.toContain('amira');
    await h.connector.waitUntil(
      (c) =>
        c.sentActivities(`${h.channel.conversation.id};messageid=${hearing.activityId}`).length ===
        2,
      15_000,
    );
    expect(h.connector.sentActivities(amirasChat.conversation.id)).toHaveLength(1); // the welcome only
  });
});

describe('delivering the hearing card', () => {
  teamsTest(
    'a 429 from the connector is waited out (Retry-After) and the card still arrives once',
    async ({ h }) => {
      const hearing = await openHearingInTeams(
        h,
        {},
        { beforeSubmit: () => h.connector.throttleNextCalls(1, 1) },
      );

      expect(h.connector.rejectedCalls()).toEqual([expect.objectContaining({ status: 429 })]);
      const cards = h.connector
        .sentActivities(h.channel.conversation.id)
        .filter((a) => cardIn(a) !== undefined);
      expect(cards).toHaveLength(1);
      expect(textOf(hearing.card)).toContain('Positivlisten 2027');
    },
  );

  teamsTest.for([412, 502, 504] as const)(
    'a %i is retried with backoff and the card arrives once',
    async (status, { h }) => {
      await openHearingInTeams(
        h,
        {},
        { beforeSubmit: () => h.connector.rejectNextCalls(1, { status }) },
      );
      expect(h.connector.rejectedCalls().map((call) => call.status)).toEqual([status]);
      expect(
        h.connector
          .sentActivities(h.channel.conversation.id)
          .filter((a) => cardIn(a) !== undefined),
      ).toHaveLength(1);
    },
  );

  teamsTest(
    'delivering "hearing opened" again updates the card instead of posting a second one',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h);
      const sender = h.bot.teams?.sender;
      if (!sender) throw new Error('the service has no Teams sender');
      const notice = {
        kind: 'hearing_opened',
        councilId: h.council.id,
        hearingId: hearing.hearingId,
      } as const;

      const [route] = await sender.routesFor(notice);
      await sender.deliver(route!, notice);

      expect(
        h.connector
          .sentActivities(h.channel.conversation.id)
          .filter((a) => cardIn(a) !== undefined),
      ).toHaveLength(1);
      expect(h.connector.updatesOf(hearing.activityId)).toHaveLength(1);
      expect(sender.conversationLimit).toEqual({ max: 4, windowMs: 1_000 });
    },
  );

  teamsTest(
    'without a council conversation nothing is posted and the secretary is told so',
    async ({ h }) => {
      await h.bot.deps.directory.saveAddress(h.council.id, 'teams', 'council', null);
      const chat = h.teams.personalChatWith(secretary);
      const answer = await h.post(
        h.teams.cardAction(
          secretary,
          { verb: 'openHearing', data: hearingForm(), replyToId: '1' },
          chat,
        ),
      );
      expect(textOf(answer.body?.value)).toContain('Rådet har endnu ingen kanal i Teams');
    },
  );
});

describe('Bot Connector failures as the outbox reads them', () => {
  const httpError = (status: number, retryAfter?: string) =>
    Object.assign(new Error(`HTTP ${status}`), {
      status,
      response: {
        headers: new Headers(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
      },
    });

  it('429 waits Retry-After (seconds or a date), at least a second when it says nothing', () => {
    expect(deliveryErrorOf(httpError(429, '3'), 'post')).toMatchObject({
      failure: 'rate_limited',
      details: { retryAfterMs: 3_000 },
    });
    expect(deliveryErrorOf(httpError(429), 'post')).toMatchObject({
      failure: 'rate_limited',
      details: { retryAfterMs: 1_000 },
    });
    expect(
      retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')),
    ).toBe(5_000);
  });

  it.each([412, 502, 504, 500, 503])('%i is transient: retried with backoff', (status) => {
    expect(deliveryErrorOf(httpError(status), 'post')).toMatchObject({
      failure: 'transient',
      details: { status },
    });
  });

  it.each([403, 404])('%i means the bot is gone from the conversation: no retry', (status) => {
    expect(deliveryErrorOf(httpError(status), 'post').failure).toBe('permanent');
  });

  it('a network error is transient, and a SenderError passes through', () => {
    expect(deliveryErrorOf(new TypeError('fetch failed'), 'post').failure).toBe('transient');
    const own = new SenderError('permanent', 'gone');
    expect(deliveryErrorOf(own, 'post')).toBe(own);
  });
});
