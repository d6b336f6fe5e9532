/**
 * The try-out a newcomer gets from `npm start`, in a real browser: Debian's
 * chromium driven by playwright-core against Microsoft's Agents Playground,
 * started by the service itself (PLAYGROUND=on) in front of the running bot.
 * The secretary opens a hearing from her 1:1 chat, two members vote on the
 * card in the council's channel — each in their own tab, as the persona
 * switcher offers — everyone sees the counts, and closing shows the outcome.
 *
 * Waits are on conditions only (generous timeouts, never sleeps).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../support/free-port.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';

const UI_TIMEOUT = 30_000;

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

  beforeAll(async () => {
    bot = await startTestRaadsbot(
      { PLAYGROUND: 'on', PLAYGROUND_PORT: String(await findFreePort()), DEMO_COUNCIL: 'on' },
      { label: 'playground' },
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

  /** One tab per person: `?as=<roster id>` is the switcher's link for that person. */
  async function openAs(as?: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // The UI fetches fonts from Microsoft's CDN; refuse at once (this runs offline).
    await context.route(/^https:\/\/res(-1)?\.cdn\.office\.net\//, (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    await page.goto(`${playground}/${as ? `?as=${as}` : ''}`);
    await page.locator('div[role="textbox"][data-lexical-editor="true"]').first().waitFor();
    return page;
  }

  const inChannel = (page: Page) => page.locator('button[aria-label="Rådet - Høringer"]').click();

  async function type(page: Page, text: string) {
    await page.locator('div[role="textbox"][data-lexical-editor="true"]').last().click();
    await page.keyboard.type(text);
    await page.locator('button[aria-label="Send Message"]').click();
  }

  it('the secretary opens a hearing, two members vote, all see the counts and then the outcome', async () => {
    // A page shows only what arrives while it is open: everyone's tab first.
    const [frede, karen, dennis, sara] = await Promise.all([
      openAs('formand'),
      openAs('m-kl'),
      openAs('m-dh'),
      openAs(),
    ]);
    expect(await frede.locator('#raadsbot-personas').textContent()).toContain(
      'you are Frede Formand (formand)',
    );
    await Promise.all([inChannel(frede), inChannel(karen), inChannel(dennis)]);

    await sara.locator('button[aria-label="Personal Chat"]').click();
    await type(sara, 'ny høring');
    await sara.getByLabel('Titel').fill('Positivlisten 2027');
    await sara
      .getByLabel('Indstilling')
      .fill('Sekretariatet indstiller, at Rådet godkender positivlisten.');
    await sara.getByRole('button', { name: 'Send i høring' }).click();
    await sara.getByText('Høring sendt').waitFor();

    await frede.getByRole('button', { name: 'For', exact: true }).click();
    await frede.getByText('Du har stemt For — du kan ændre indtil fristen.').waitFor();
    await karen.getByRole('button', { name: 'Imod', exact: true }).click();
    await karen.getByText('Du har stemt Imod — du kan ændre indtil fristen.').waitFor();

    // The card in the channel is updated in place for everyone.
    await dennis.getByText('For: 1 · Imod: 1 · Undlader: 0 — 2 af 5 har svaret').waitFor();

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

    await dennis.getByText('Resultat: Ikke beslutningsdygtig').waitFor();
    await dennis.getByText('Resultat af høringen «Positivlisten 2027»').waitFor();
    await frede.getByText('Resultat af høringen «Positivlisten 2027»').waitFor();
    await dennis.getByText('Frede Formand (DA)', { exact: false }).first().waitFor();
  }, 90_000);
});
