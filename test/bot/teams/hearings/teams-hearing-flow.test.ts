/**
 * A hearing's life in Teams through the real endpoint: Bot Framework
 * activities posted to /api/messages of the composed service (Redis, BullMQ
 * outbox), everything the bot sends captured by a fake Bot Connector.
 */
import { describe, expect } from 'vitest';
import { TEAMS_PEOPLE } from '../../../support/teams-activities.ts';
import {
  click,
  hearingForm,
  openHearingInTeams,
  replyText,
  say,
  sharedCard,
  untilCardShows,
  voteOn,
} from '../../../support/teams-flows.ts';
import {
  cardIn,
  invokeCard,
  textOf,
  teamsTest,
  teamsTestWith,
  TEAMS_BYSTANDER,
} from '../../../support/teams-harness.ts';

const { secretary, memberA: jonas, memberB: amira, outsider } = TEAMS_PEOPLE;

describe('opening a hearing', () => {
  teamsTest(
    '"ny høring" in the secretary\'s 1:1 chat gives the form, deadline a week ahead at 12:00 on a working day',
    async ({ h }) => {
      const reply = await say(
        h,
        secretary,
        'ny høring Budget 2027',
        h.teams.personalChatWith(secretary),
      );
      const form = cardIn(reply);
      expect(textOf(form)).toContain('Ny høring');
      const inputs = Object.fromEntries(
        (form?.body ?? [])
          .filter((e) => typeof e['id'] === 'string')
          .map((e) => [e['id'], e['value']]),
      );
      expect(inputs).toMatchObject({
        title: 'Budget 2027',
        deadlineTime: '12:00',
        mode: 'vote',
        quorum: '0.5',
      });
      // Asked on Saturday 2 January 2027: a week ahead is a Saturday, so Monday.
      expect(inputs['deadlineDate']).toBe('2027-01-11');
      expect(form?.actions).toEqual([
        expect.objectContaining({
          type: 'Action.Execute',
          verb: 'openHearing',
          title: 'Send i høring',
        }),
      ]);
    },
  );

  teamsTest(
    'a valid form opens the hearing: a confirmation for the secretary and the card in the council channel',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h);

      // The form's deadline, a week after Saturday 2 January 2027, is a Saturday: a note, not a refusal.
      expect(textOf(hearing.confirmation)).toMatch(
        /Høring sendt\n«Positivlisten 2027» er sendt i høring med frist lørdag 9\. januar kl\. 12\.00\./u,
      );
      expect(textOf(hearing.confirmation)).toContain('Fristen ligger på en lørdag.');
      const card = textOf(hearing.card);
      expect(card).toContain('Positivlisten 2027');
      expect(card).toContain('Sekretariatet indstiller, at Rådet godkender positivlisten.');
      expect(card).toContain('Afstemning · Frist: lørdag 9. januar kl. 12.00');
      expect(card).toContain('For: 0 · Imod: 0 · Undlader: 0 — 0 af 4 har svaret');
      expect(hearing.card.actions?.map((a) => [a.title, a.verb])).toEqual([
        ['For', 'vote'],
        ['Imod', 'vote'],
        ['Undlader at stemme', 'vote'],
      ]);
      // A new top-level post in the channel, not a reply to anything.
      expect(
        h.connector.sentActivities(h.channel.conversation.id).at(-1)?.replyToId,
      ).toBeUndefined();
    },
  );

  teamsTest(
    'bad input comes back on the form under each field, in Danish, and nothing is created',
    async ({ h }) => {
      const chat = h.teams.personalChatWith(secretary);
      const answer = await click(
        h,
        secretary,
        'openHearing',
        hearingForm({ title: '  ', deadlineDate: '28-11-2026', deadlineTime: 'kl 12' }),
        chat,
      );

      const form = invokeCard(answer);
      const body = form.body.map((element) => [
        element['id'] ?? element['type'],
        element['text'] ?? element['value'] ?? '',
      ]);
      const after = (id: string) => body[body.findIndex(([key]) => key === id) + 1];
      expect(after('title')).toEqual(['TextBlock', 'skal udfyldes.']);
      expect(after('deadlineDate')).toEqual([
        'TextBlock',
        'skal være en gyldig dato (ÅÅÅÅ-MM-DD).',
      ]);
      expect(after('deadlineTime')).toEqual([
        'TextBlock',
        'skal være et klokkeslæt (TT:MM), fx 12:00.',
      ]);
      expect(textOf(form)).toContain(
        'Ret de markerede felter, og send igen. Intet er oprettet endnu.',
      );
      // What was typed is kept.
      expect(form.body.find((e) => e['id'] === 'proposal')?.['value']).toBe(hearingForm().proposal);
      const listed = await h.bot.useCases.listMyHearings({
        councilId: h.council.id,
        memberId: 'signe',
      });
      expect(listed.ok && listed.value).toEqual([]);
    },
  );

  teamsTest('a deadline too soon is refused under the time field', async ({ h }) => {
    const answer = await click(
      h,
      secretary,
      'openHearing',
      hearingForm({ deadlineDate: '2020-01-01' }),
      h.teams.personalChatWith(secretary),
    );
    const form = invokeCard(answer);
    const at = form.body.findIndex((e) => e['id'] === 'deadlineTime');
    expect(form.body[at + 1]?.['text']).toBe(
      'Fristen skal ligge mindst 10 minutter ude i fremtiden. Vælg en senere dato eller tid.',
    );
  });

  teamsTest(
    'a member may not open hearings: a polite refusal to the command and to a forged submit',
    async ({ h }) => {
      const chat = h.teams.personalChatWith(jonas);
      expect(replyText(await say(h, amira, 'ny høring', h.teams.personalChatWith(amira)))).toBe(
        'Kun sekretariatet og formandskabet kan sende sager i høring.',
      );
      // The formand belongs to the chair group and may; a plain member may not even by posting the form.
      const answer = await click(
        h,
        amira,
        'openHearing',
        hearingForm(),
        h.teams.personalChatWith(amira),
      );
      expect(textOf(invokeCard(answer))).toContain(
        'Kun sekretariatet og formandskabet kan sende sager i høring.',
      );
      expect(cardIn(await say(h, jonas, 'ny høring', chat))?.actions?.[0]?.verb).toBe(
        'openHearing',
      );
      const listed = await h.bot.useCases.listMyHearings({
        councilId: h.council.id,
        memberId: 'amira',
      });
      expect(listed.ok && listed.value).toEqual([]);
    },
  );
});

describe('voting on the card', () => {
  teamsTest(
    'a vote answers the clicker with their own view and the shared card is updated in place',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h);

      const mine = invokeCard(await voteOn(h, hearing, jonas, 'for'));

      // One line on where the voter now stands, not three saying the same.
      expect(textOf(mine)).toContain('Du har stemt For — du kan ændre indtil fristen.');
      expect(textOf(mine).match(/indtil fristen/g)).toHaveLength(1);
      expect(mine.actions?.find((a) => a.title === 'For')).toMatchObject({ style: 'positive' });
      const shared = await untilCardShows(
        h,
        hearing,
        'For: 1 · Imod: 0 · Undlader: 0 — 1 af 4 har svaret',
      );
      // Everyone's card: no one's own ballot on it.
      expect(textOf(shared)).not.toContain('Du har stemt');
      // Updated, not posted again.
      expect(h.connector.sentActivities(h.channel.conversation.id)).toHaveLength(2); // welcome + card
    },
  );

  teamsTest(
    'a changed vote says so, and the tally still counts one ballot for the seat',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h);
      await voteOn(h, hearing, amira, 'for');

      const changed = invokeCard(await voteOn(h, hearing, amira, 'against'));

      expect(textOf(changed)).toContain(
        'Din stemme er ændret fra For til Imod — du kan ændre indtil fristen.',
      );
      expect(textOf(changed)).not.toContain('Du har stemt');
      await untilCardShows(h, hearing, 'For: 0 · Imod: 1 · Undlader: 0 — 1 af 4 har svaret');
    },
  );

  teamsTest(
    'Imod needs a reason when the rules say so: asked for under the field, then taken',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h, { reasonRequiredWithAgainst: 'true' });
      expect(
        hearing.card.body.some((e) => e['type'] === 'Input.Text' && e['id'] === 'reason'),
      ).toBe(true);

      const refused = invokeCard(await voteOn(h, hearing, jonas, 'against'));
      const at = refused.body.findIndex((e) => e['id'] === 'reason');
      expect(refused.body[at + 1]).toMatchObject({
        text: 'Skriv en begrundelse — den er påkrævet for dette svar.',
        color: 'Attention',
      });

      const taken = invokeCard(
        await voteOn(h, hearing, jonas, 'against', {
          reason: 'Listen mangler social- og sundhedsassistenter.',
        }),
      );
      expect(textOf(taken)).toContain('Du har stemt Imod — du kan ændre indtil fristen.');
    },
  );

  teamsTest(
    'each user sees their own ballot: refresh.userIds names who Rådsbot has met, refresh answers per user',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h);
      await voteOn(h, hearing, jonas, 'for');
      await voteOn(h, hearing, amira, 'abstain');

      const shared = await untilCardShows(h, hearing, '2 af 4 har svaret');
      expect(shared.refresh).toMatchObject({
        action: { verb: 'refresh', data: { hearingId: hearing.hearingId } },
      });
      // The secretary (she opened it) and the two voters: the users whose Teams ids Rådsbot has seen.
      expect([...(shared.refresh?.userIds ?? [])].sort()).toEqual(
        [jonas.id, amira.id, secretary.id].sort(),
      );

      const refresh = (who: typeof jonas) =>
        click(
          h,
          who,
          'refresh',
          { hearingId: hearing.hearingId },
          h.channel,
          hearing.activityId,
          'automatic',
        );
      expect(textOf(invokeCard(await refresh(jonas)))).toContain(
        'Du har stemt For — du kan ændre indtil fristen.',
      );
      expect(textOf(invokeCard(await refresh(amira)))).toContain(
        'Du har stemt Undlader at stemme — du kan ændre indtil fristen.',
      );
      expect(textOf(invokeCard(await refresh(TEAMS_BYSTANDER)))).toContain(
        'Du har ikke svaret endnu.',
      );
      // The secretary holds no seat. Closing is not among the card's buttons: it is in «mine høringer».
      const hers = invokeCard(await refresh(secretary));
      expect(textOf(hers)).not.toContain('Du har');
      expect(hers.actions?.map((action) => action.verb) ?? []).not.toContain('closeHearing');
    },
  );
});

describe('closing', () => {
  teamsTest(
    'the secretary closes from "mine høringer": the card shows the outcome and the result is posted once',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h);
      await voteOn(h, hearing, jonas, 'for');
      await voteOn(h, hearing, amira, 'for');
      await voteOn(h, hearing, TEAMS_BYSTANDER, 'against');
      const chat = h.teams.personalChatWith(secretary);
      const list = await say(h, secretary, 'mine høringer', chat);
      expect(textOf(cardIn(list))).toContain('Dine åbne høringer');

      const asked = invokeCard(
        await click(
          h,
          secretary,
          'closeHearing',
          { hearingId: hearing.hearingId, origin: 'mine' },
          chat,
          list.id,
        ),
      );
      const confirm = asked.actions?.find((action) => action.verb === 'confirmClose');
      const answer = await click(h, secretary, 'confirmClose', confirm?.data ?? {}, chat, list.id);

      expect(textOf(invokeCard(answer))).toContain('Høringen er lukket: Vedtaget.');
      const closed = await untilCardShows(h, hearing, 'Resultat: Vedtaget');
      expect(closed.actions).toBeUndefined();
      expect(textOf(closed)).toContain('For: 2 · Imod: 1 · Undlader: 0 — 3 af 4 har svaret');
      expect(textOf(closed)).toContain('Lukket af Signe Holm.');
      await h.connector.waitUntil(
        (c) =>
          c
            .sentActivities(h.channel.conversation.id)
            .some((a) => textOf(cardIn(a)).includes('Resultat af høringen')),
        10_000,
      );
      const results = h.connector
        .sentActivities(h.channel.conversation.id)
        .filter((a) => textOf(cardIn(a)).includes('Resultat af høringen'));
      expect(results).toHaveLength(1);
      expect(textOf(cardIn(results[0]))).toContain('**For**: Jonas Kjær (DA), Amira Lund (FH)');
      expect(textOf(cardIn(results[0]))).toContain('**Imod**: Karl Vang (KL)');
    },
  );
});

describe('people Rådsbot does not know', () => {
  teamsTest(
    'a Teams user not on the roster is told to contact the secretariat, by message and by click',
    async ({ h }) => {
      const hearing = await openHearingInTeams(h);
      expect(replyText(await say(h, outsider, 'hjælp', h.teams.personalChatWith(outsider)))).toBe(
        'Du er ikke registreret i rådet — kontakt sekretariatet.',
      );
      const answer = invokeCard(await voteOn(h, hearing, outsider, 'for'));
      expect(textOf(answer)).toContain('Du er ikke registreret i rådet — kontakt sekretariatet.');
      expect(textOf(sharedCard(h, hearing))).toContain('0 af 4 har svaret');
    },
  );

  teamsTestWith({ locale: 'en' })(
    'in an English council the same is said in English',
    async ({ h }) => {
      expect(replyText(await say(h, outsider, 'help', h.teams.councilChannel()))).toBe(
        'You are not registered in the council — please contact the secretariat.',
      );
    },
  );
});
