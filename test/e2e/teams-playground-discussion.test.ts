/**
 * A group discussion in the Agents Playground, in a real browser (Debian's
 * chromium, playwright-core), each person in their own tab: the secretary
 * sets it up from her personal chat; Frede and Karen choose topics on the
 * sign-up card in the channel (Karen also volunteers as referent); the
 * secretary forms the groups and announces them after a confirmation; Karen
 * gets her group in her own chat and sends the group's summary — the steps
 * of README's "En gruppedrøftelse i Playground".
 *
 * Offline by construction (every request that would leave 127.0.0.1 is
 * refused and recorded, and there must be none). The bot's clock is pinned;
 * no assertion reads a date.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { findFreePort } from '../support/free-port.ts';
import {
  inChannel,
  inPersonalChat,
  launchPlaygroundBrowser,
  OPEN_TIMEOUT,
  type,
  type PlaygroundBrowser,
} from '../support/playground-browser.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';

/** A Monday years ahead, 10.00 in Copenhagen. */
const clock = new FixedClock('2035-01-08T09:00:00.000Z');

describe('a group discussion in the Agents Playground', () => {
  let bot: TestRaadsbot;
  let browser: PlaygroundBrowser;

  beforeAll(async () => {
    bot = await startTestRaadsbot(
      { PLAYGROUND: 'on', PLAYGROUND_PORT: String(await findFreePort()), DEMO_COUNCIL: 'on' },
      { label: 'playground-discussion', clock },
    );
    if (!bot.playground) throw new Error('the service did not start the Agents Playground');
    browser = await launchPlaygroundBrowser(bot.playground.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.shutdown();
  }, 30_000);

  const lastText = (page: Page, text: string) =>
    page.getByText(text, { exact: false }).last().waitFor();
  /** An input by its whole label; a required field's label ends in « *». */
  const field = (page: Page, label: string) =>
    page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`)).last();

  it('two members sign up in the channel, the secretary announces the groups, and the referent sends the summary', async () => {
    // A page shows only what arrives while it is open: everyone's tab first.
    const frede = await browser.openAs('formand');
    const karen = await browser.openAs('m-kl');
    const karensChat = await browser.openAs('m-kl');
    const sara = await browser.openAs();
    await Promise.all([
      inChannel(frede),
      inChannel(karen),
      inPersonalChat(karensChat),
      inPersonalChat(sara),
    ]);
    // Karen has talked to Rådsbot once, so it can write to her in her own chat.
    await type(karensChat, 'hjælp');
    await lastText(karensChat, 'Rådsbot — hjælp');

    // The set-up card: the sign-up deadline comes filled in; the rest is typed.
    await type(sara, 'gruppedrøftelse');
    // The first card of the run may wait for the Teams part to load on a busy machine.
    await sara.getByText('Ny gruppedrøftelse').last().waitFor({ timeout: OPEN_TIMEOUT });
    await field(sara, 'Titel på drøftelsen').fill('Rekruttering i regionen');
    await field(sara, 'Emne A, titel').fill('Unge uden uddannelse');
    await field(sara, 'Emne A, spørgsmål').fill('Hvad virker for de unge?');
    await field(sara, 'Emne B, titel').fill('Seniorer');
    await field(sara, 'Emne B, spørgsmål').fill('Hvordan fastholder vi seniorerne?');
    await field(sara, 'Antal').fill('2');
    await field(sara, 'Drøftelsen, dato').fill('2035-01-22');
    await field(sara, 'Drøftelsen, start').fill('10:00');
    await field(sara, 'Drøftelsen, slut').fill('11:00');
    await field(sara, 'Opsamlinger senest, dato').fill('2035-01-23');
    await field(sara, 'Opsamlinger senest, klokkeslæt').fill('12:00');
    await sara.getByRole('button', { name: 'Opret gruppedrøftelse' }).last().click();
    await lastText(sara, 'er oprettet, og tilmeldingen er åben');

    // The sign-up card in the channel: Frede chooses A; Karen B, and referent.
    await frede.getByText('Gruppedrøftelse: Rekruttering i regionen').first().waitFor();
    await frede.getByRole('button', { name: 'Emne A: Unge uden uddannelse' }).first().click();
    await lastText(frede, 'Dit valg: Emne A');
    await karen.getByRole('button', { name: 'Emne B: Seniorer' }).first().click();
    await lastText(karen, 'Dit valg: Emne B');
    await karen.getByRole('button', { name: 'Jeg vil være referent' }).first().click();
    await lastText(karen, 'Du har meldt dig som referent');

    // The secretary forms the groups and announces them, after a question.
    await type(sara, 'grupper');
    await sara.getByRole('button', { name: 'Dan grupper' }).last().click();
    await lastText(sara, 'Forslag til grupper: Rekruttering i regionen');
    await sara.getByRole('button', { name: 'Udsend grupperne' }).last().click();
    await sara.getByRole('button', { name: 'Ja, udsend' }).last().click();
    await lastText(sara, 'er sendt ud: hver deltager får en direkte besked');

    // Karen, referent of topic B's group, is told in her own chat and writes the summary.
    await lastText(karensChat, 'Din gruppe i «Rekruttering i regionen»');
    await karensChat.getByRole('button', { name: 'Skriv opsamling' }).last().click();
    await field(karensChat, '1. Hvordan fastholder vi seniorerne?').fill(
      'Fleksible arbejdstider og mentorer.',
    );
    await field(karensChat, 'Øvrige noter').fill('Gruppen vil gerne høre mere om seniorjob.');
    await karensChat.getByRole('button', { name: 'Send opsamling' }).last().click();
    await lastText(karensChat, 'opsamling er modtaget');

    expect(browser.outside).toEqual([]);
  }, 300_000);
});
