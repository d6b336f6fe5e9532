/**
 * A meeting in the Agents Playground, in a real browser (Debian's chromium,
 * playwright-core), each person in their own tab: the secretary pastes a
 * small agenda, sees the preview and stores it, publishes it to the
 * channel; Karen sends afbud from the overview card in the channel and her
 * suppleant Sune is told in his own chat; for a meeting held earlier that
 * day the secretary sends the referat for approval and Frede approves it
 * with one click — the steps of README's "Et møde på fem minutter".
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
  type,
  type PlaygroundBrowser,
} from '../support/playground-browser.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';

/** A Monday years ahead, 10.00 in Copenhagen; the meeting is the Wednesday of the week after. */
const clock = new FixedClock('2035-01-08T09:00:00.000Z');
/** The bot's today, as the README's walkthrough asks for it. */
const today = '2035-01-08';

const agenda = [
  'Dagsorden til Rådsmøde',
  'den 17. januar 2035, kl. 13.00 til 15.00',
  'Sted: Havnehuset, mødelokale 2',
  '',
  '1. Rådets interne forhold',
  '1.1 Positivlisten for 1. halvår (B)',
  'Indstilling: Sekretariatet indstiller, at Rådet godkender positivlisten.',
  '1.2 Nyt fra sekretariatet (O)',
  'Sagen kort: Sekretariatet orienterer om årets møder.',
].join('\n');

describe('a meeting in the Agents Playground', () => {
  let bot: TestRaadsbot;
  let browser: PlaygroundBrowser;

  beforeAll(async () => {
    bot = await startTestRaadsbot(
      { PLAYGROUND: 'on', PLAYGROUND_PORT: String(await findFreePort()), DEMO_COUNCIL: 'on' },
      { label: 'playground-meeting', clock },
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

  it('the secretary publishes a pasted agenda, Karen sends afbud from the channel, Sune is told, and Frede approves the referat', async () => {
    // A page shows only what arrives while it is open: everyone's tab first.
    const frede = await browser.openAs('formand');
    const karen = await browser.openAs('m-kl');
    const sune = await browser.openAs('s-kl');
    const sara = await browser.openAs();
    await Promise.all([
      inChannel(frede),
      inChannel(karen),
      inPersonalChat(sune),
      inPersonalChat(sara),
    ]);
    // Sune has talked to Rådsbot once, so it can write to him in his own chat.
    await type(sune, 'hjælp');
    await lastText(sune, 'Rådsbot — hjælp');

    // The agenda, pasted: a preview first, nothing stored until "Gem dagsorden".
    await type(sara, 'dagsorden');
    await sara.getByLabel('Dagsordenens tekst').last().fill(agenda);
    await sara.getByRole('button', { name: 'Forhåndsvis' }).last().click();
    await lastText(sara, '1.1 Positivlisten for 1. halvår (B)');
    await sara.getByRole('button', { name: 'Gem dagsorden' }).last().click();
    await lastText(sara, 'Gemt som et nyt møde');

    // Published from chat, after a question: it cannot be taken back.
    await type(sara, 'offentliggør');
    await sara.getByRole('button', { name: 'Offentliggør dagsorden' }).last().click();
    await sara.getByRole('button', { name: 'Ja, offentliggør' }).last().click();
    await lastText(sara, 'er offentliggjort i rådets kanal');
    await frede.getByText('Dagsorden: Rådsmøde').first().waitFor();

    // Karen sends afbud from the overview card in the channel, with no reason.
    await karen.getByText('Dagsorden: Rådsmøde').first().waitFor();
    await karen.getByRole('button', { name: 'Meld afbud' }).first().click();
    await karen.getByRole('button', { name: 'Send afbud' }).last().click();
    await lastText(karen, 'Sune Suppleant holder din plads');
    await lastText(sune, 'Karen Kommune har meldt afbud til «Rådsmøde»');

    // A referat goes out once a meeting has begun: as the README says, a
    // meeting held earlier today (the bot's today), then the referat.
    await type(sara, 'nyt møde');
    await sara.getByLabel('Mødets titel', { exact: true }).last().fill('Formandskabsmøde');
    await sara.getByLabel('Dato', { exact: true }).last().fill(today);
    await sara.getByLabel('Starter kl.', { exact: true }).last().fill('08:00');
    await sara.getByLabel('Slutter kl.', { exact: true }).last().fill('09:00');
    await sara.getByRole('button', { name: 'Opret møde' }).last().click();
    await lastText(sara, 'er oprettet');
    await type(sara, 'referat');
    await sara.getByRole('button', { name: 'Send til godkendelse' }).last().click();
    await lastText(sara, 'er sendt til godkendelse');
    await frede.getByRole('button', { name: 'Godkend referat' }).first().click();
    await lastText(frede, 'Du har godkendt referatet af Formandskabsmøde');

    expect(browser.outside).toEqual([]);
  }, 300_000);
});
