/** The App Home tab: the member's open hearings with their answer and the buttons. */
import { describe, expect } from 'vitest';
import { actionIds } from '../../../../src/bot/slack/hearings/hearing-ids.ts';
import { deadlineInDays, eventually, seedCouncil } from '../../../support/slack-harness.ts';
import { homeClick, voteClick } from '../../../support/slack-payloads.ts';
import { appHomeOpened } from '../../../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest } from '../../../support/slack-test.ts';

const json = (value: unknown) => JSON.stringify(value);

describe('App Home', () => {
  slackTest(
    'shows the open hearings soonest first, the own answer, the buttons and upcoming deadlines',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      await rememberChannel(bot, seeded.council.id);
      const soon = await openHearingElsewhere(bot, seeded, { title: 'Høring om budget' });
      const later = await openHearingElsewhere(bot, seeded, {
        title: 'Høring om årshjul',
        deadlineDate: deadlineInDays(14).date,
      });
      const member = seeded.userOf(seeded.roster.members[0]!);
      await bot.post(voteClick(bot, { userId: member, hearingId: soon.hearing.id, choice: 'for' }));

      const answer = await bot.post(appHomeOpened({ userId: member }));

      expect(answer.status).toBe(200);
      const home = await eventually(() => bot.slack.homeOf(member), 'the Home tab is published');
      const text = json(home);
      expect(text.indexOf('Høring om budget')).toBeLessThan(text.indexOf('Høring om årshjul'));
      expect(text).toContain('Du har stemt For — du kan ændre indtil fristen.');
      expect(text).toContain('Du har ikke svaret endnu.');
      expect(text).toContain('Kommende frister');
      // The own answer is highlighted; the other buttons stay neutral.
      expect(text).toContain(
        `"action_id":"vote.for","value":"${soon.hearing.id}","style":"primary"`,
      );
      expect(text).toContain(`"action_id":"vote.for","value":"${later.hearing.id}"}`);
      expect(text).not.toContain(actionIds.newHearing);
    },
  );

  slackTest(
    'a redelivered app_home_opened (X-Slack-Retry-Num) is acknowledged and acts only once',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      const member = seeded.userOf(seeded.roster.members[0]!);

      await bot.post(appHomeOpened({ userId: member, eventId: 'Ev0HOME0001' }));
      const first = await eventually(() => bot.slack.homeOf(member), 'the Home tab is published');
      const redelivery = await bot.post(
        appHomeOpened(
          { userId: member, eventId: 'Ev0HOME0001' },
          { retryNum: 1, retryReason: 'http_timeout' },
        ),
      );

      // A later event for someone else is handled: had the redelivery acted, it would have by then.
      const other = seeded.userOf(seeded.roster.members[1]!);
      await bot.post(appHomeOpened({ userId: other }));
      await eventually(() => bot.slack.homeOf(other), "the other member's tab is published");

      expect(redelivery.status).toBe(200);
      const publishesFor = (user: string) =>
        bot.slack.callsTo('views.publish').filter((call) => call.args['user_id'] === user);
      expect(publishesFor(member)).toHaveLength(1);
      expect(json(bot.slack.homeOf(member)?.blocks)).toBe(json(first.blocks));
      expect(bot.slack.callsTo('chat.postMessage')).toEqual([]);
    },
  );

  slackTest('the secretariat gets a "Ny høring" button that opens the form', async ({ bot }) => {
    const seeded = await seedCouncil(bot);
    const secretary = seeded.userOf(seeded.roster.secretary);

    await bot.post(appHomeOpened({ userId: secretary }));
    const home = await eventually(() => bot.slack.homeOf(secretary), 'the Home tab is published');
    expect(json(home)).toContain(actionIds.newHearing);
    await bot.post(homeClick({ userId: secretary, actionId: actionIds.newHearing, value: 'home' }));

    const opened = await eventually(() => bot.slack.callsTo('views.open')[0], 'the form opens');
    expect((opened.args.view as { callback_id: string }).callback_id).toBe('open_hearing');
  });

  slackTest(
    'a vote in the Home tab is stored and the tab is republished with the confirmation on top',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      await rememberChannel(bot, seeded.council.id);
      const { hearing } = await openHearingElsewhere(bot, seeded);
      const member = seeded.userOf(seeded.roster.members[2]!);

      const answer = await bot.post(
        homeClick({ userId: member, actionId: actionIds.vote('against'), value: hearing.id }),
      );

      expect(answer.status).toBe(200);
      expect(await bot.stores.hearings.ballots(seeded.council.id, hearing.id)).toEqual([
        expect.objectContaining({ seatId: seeded.roster.members[2]!.id, choice: 'against' }),
      ]);
      const home = await eventually(() => bot.slack.homeOf(member), 'the Home tab is republished');
      expect(json(home.blocks)).toContain('*Du har stemt Imod — du kan ændre indtil fristen.*');
    },
  );

  slackTest(
    'someone not on the roster sees how to get access instead of hearings',
    async ({ bot }) => {
      await seedCouncil(bot);

      await bot.post(appHomeOpened({ userId: 'U0UKENDT01' }));

      const home = await eventually(
        () => bot.slack.homeOf('U0UKENDT01'),
        'the Home tab is published',
      );
      expect(json(home)).toContain('Du er ikke registreret i rådet — kontakt sekretariatet.');
    },
  );
});
