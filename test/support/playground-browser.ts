/**
 * Debian's chromium driven by playwright-core against the Agents Playground
 * that the service starts itself (PLAYGROUND=on): one browser context, one
 * tab per person (the persona switcher's `?as=` links), every request that
 * would leave 127.0.0.1 refused and recorded. Pages count as ready when the
 * chat's editor is there, not on the load event; waits are on conditions only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const UI_TIMEOUT = 30_000;
/** A tab parses the Playground's 9 MB script first: slow on a busy machine, but no network wait. */
export const OPEN_TIMEOUT = 60_000;

const editor = 'div[role="textbox"][data-lexical-editor="true"]';

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

export interface PlaygroundBrowser {
  /** A new tab as the person with this roster id (the switcher's `?as=`), or the secretariat. */
  openAs(as?: string): Promise<Page>;
  /** Every request a page made for somewhere other than this machine. */
  readonly outside: readonly string[];
  close(): Promise<void>;
}

export async function launchPlaygroundBrowser(playgroundUrl: string): Promise<PlaygroundBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const outside: string[] = [];
  let context: BrowserContext | undefined;
  return {
    outside,
    async openAs(as) {
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
      await page.goto(`${playgroundUrl}/${as ? `?as=${as}` : ''}`, { waitUntil: 'commit' });
      await page.locator(editor).first().waitFor({ timeout: OPEN_TIMEOUT });
      return page;
    },
    close: () => browser.close(),
  };
}

/** The council's channel ("Høringer" in the team "Rådet"). */
export const inChannel = (page: Page) =>
  page.locator('button[aria-label="Rådet - Høringer"]').click();

export const inPersonalChat = (page: Page) =>
  page.locator('button[aria-label="Personal Chat"]').click();

/** Types a message in the open chat and sends it. */
export async function type(page: Page, text: string): Promise<void> {
  await page.locator(editor).last().click();
  await page.keyboard.type(text);
  await page.locator('button[aria-label="Send Message"]').click();
}
