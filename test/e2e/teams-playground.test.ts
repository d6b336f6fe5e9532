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
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { findFreePort } from '../support/free-port.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';

const UI_TIMEOUT = 30_000;
/** A tab parses the Playground's 9 MB script first: slow on a busy machine, but no network wait. */
const OPEN_TIMEOUT = 60_000;

function chromiumPath(): string {
  for (const candidate of [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      "chromium is missing: run `bash scripts/ensure-chromium.sh` (as root it installs Debian's package)",
    );
  }
}

describe('trying Rådsbot in the Agents Playground', () => {
  let bot: TestRaadsbot;
  let browser: Browser;
  let playground: string;
  let context: BrowserContext | undefined;

  /** Every request a page made for somewhere other than this machine. */
  const outside: string[] = [];

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
    playground = bot.playground.url;
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.shutdown();
  }, 30_000);

  const editor = 'div[role="textbox"][data-lexical-editor="true"]';

  /**
   * One tab per person, in one browser as a newcomer would open them:
   * `?as=<roster id>` is the switcher's link for that person.
   */
  async function openAs(as?: string): Promise<Page> {
    if (!context) {
      context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => {
          outside.push(route.request().url());
          return route.abort();
        },
      );
    }
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    // Ready when the chat can be typed in; the load event is no measure of that.
    await page.goto(`${playground}/${as ? `?as=${as}` : ''}`, { waitUntil: 'commit' });
    await page.locator(editor).first().waitFor({ timeout: OPEN_TIMEOUT });
    return page;
  }

  const inChannel = (page: Page) => page.locator('button[aria-label="Rådet - Høringer"]').click();
  const inPersonalChat = (page: Page) => page.locator('button[aria-label="Personal Chat"]').click();

  async function type(page: Page, text: string) {
    await page.locator(editor).last().click();
    await page.keyboard.type(text);
    await page.locator('button[aria-label="Send Message"]').click();
  }

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
    expect(outside).toEqual([]);
  }, 240_000);
});
