/**
 * The try-out a newcomer gets from `npm start`, in a real browser: Debian's
 * chromium driven by playwright-core against Microsoft's Agents Playground,
 * started by the service itself (PLAYGROUND=on) in front of the running bot.
 * Each person has their own tab (the persona switcher's `?as=` links) and
 * their own personal chat with the bot, and what they type comes from them:
 * the secretary opens a hearing, the chair votes on the channel card, Karen
 * sends afbud, her substitute Sune votes for her seat, and the result names
 * Sune for Karen's seat.
 *
 * Offline by construction: every request that would leave 127.0.0.1 is
 * refused and recorded, and the test asserts there were none. Pages count as
 * ready when the chat's editor is there, not on the load event. The bot's
 * clock is pinned, and no assertion reads a date or weekday.
 * Waits are on conditions only (generous timeouts, never sleeps).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { findFreePort } from '../support/free-port.ts';
import {
  inChannel,
  inPersonalChat,
  launchPlaygroundBrowser,
  type,
  type PlaygroundBrowser,
} from '../support/playground-browser.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';

describe('trying Rådsbot in the Agents Playground', () => {
  let bot: TestRaadsbot;
  let browser: PlaygroundBrowser;

  beforeAll(async () => {
    bot = await startTestRaadsbot(
      { PLAYGROUND: 'on', PLAYGROUND_PORT: String(await findFreePort()), DEMO_COUNCIL: 'on' },
      {
        label: 'playground',
        // A Monday years ahead: the close job's delay is reckoned from the real
        // time, so a deadline in the future of any test run never fires mid-test.
        clock: new FixedClock('2035-01-08T09:00:00.000Z'),
      },
    );
    if (!bot.playground) throw new Error('the service did not start the Agents Playground');
    browser = await launchPlaygroundBrowser(bot.playground.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.shutdown();
  }, 30_000);

  const openAs = (as?: string): Promise<Page> => browser.openAs(as);

  it('each person acts from their own tab: a hearing, a vote, afbud, the substitute votes, and the result names him', async () => {
    // A page shows only what arrives while it is open: everyone's tab first.
    const frede = await openAs('formand');
    const karen = await openAs('m-kl');
    const sune = await openAs('s-kl');
    const sara = await openAs();
    expect(await frede.locator('#raadsbot-personas').textContent()).toContain(
      'you are Frede Formand (formand)',
    );
    await inChannel(frede);
    await Promise.all([inPersonalChat(karen), inPersonalChat(sune), inPersonalChat(sara)]);

    // Typed in Sune's own chat, so it is Sune who asks: a substitute may not open hearings.
    await type(sune, 'ny høring');
    // (.last(): the chat list previews the same line)
    await sune
      .getByText('Kun sekretariatet og formandskabet kan sende sager i høring.')
      .last()
      .waitFor();
    expect(await sune.getByRole('button', { name: 'Send i høring' }).count()).toBe(0);

    await type(sara, 'ny høring');
    await sara.getByLabel('Titel').fill('Positivlisten 2027');
    await sara
      .getByLabel('Indstilling')
      .fill('Sekretariatet indstiller, at Rådet godkender positivlisten.');
    await sara.getByRole('button', { name: 'Send i høring' }).click();
    await sara.getByText('Høring sendt').waitFor();

    await frede.getByRole('button', { name: 'For', exact: true }).click();
    await frede.getByText('For: 1 · Imod: 0 · Undlader: 0 — 1 af 5 har svaret').waitFor();

    // Karen, in her own personal chat, sends afbud for the hearing by typing.
    await type(karen, 'afbud');
    await karen.getByRole('combobox', { name: 'Til én høring' }).click();
    await karen.getByRole('option', { name: 'Positivlisten 2027' }).click();
    await karen.getByRole('button', { name: 'Meld afbud' }).click();
    await karen
      .getByText('Afbud registreret for høringen «Positivlisten 2027».', { exact: false })
      .last()
      .waitFor();

    // Sune now holds Karen's seat and votes from his own chat.
    await type(sune, 'mine høringer');
    await sune.getByRole('button', { name: 'Undlader at stemme' }).click();
    await frede.getByText('For: 1 · Imod: 0 · Undlader: 1 — 2 af 5 har svaret').waitFor();

    await type(sara, 'mine høringer');
    await sara.getByRole('button', { name: 'Luk høringen nu' }).click();
    // Closing early asks first and says what will follow.
    await sara
      .getByText('2 af 5 har svaret. Lukkes høringen nu, er den ikke beslutningsdygtig.', {
        exact: false,
      })
      .waitFor();
    await sara.getByRole('button', { name: 'Ja, luk høringen' }).click();
    await sara.getByText('Høringen er lukket: Ikke beslutningsdygtig.').waitFor();

    await frede.getByText('Resultat af høringen «Positivlisten 2027»').waitFor();
    await frede.getByText('Sune Suppleant (KL, suppleant for Karen Kommune)').first().waitFor();
    await frede.getByText('Frede Formand (DA)', { exact: false }).first().waitFor();

    // Karen's and Sune's chats stayed their own: Sara never saw their afbud or ballot.
    expect(await sara.getByText('Afbud registreret', { exact: false }).count()).toBe(0);
    expect(browser.outside).toEqual([]);
  }, 240_000);
});
