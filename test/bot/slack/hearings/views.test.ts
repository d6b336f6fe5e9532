import { describe, expect, it } from 'vitest';
import { absenceModal } from '../../../../src/bot/slack/council/absence-modal.ts';
import { closeConfirmModal } from '../../../../src/bot/slack/hearings/close-confirm-modal.ts';
import { helpMessage } from '../../../../src/bot/slack/blocks/help-message.ts';
import { councilSlack } from '../../../../src/bot/slack/council/council-listeners.ts';
import { hearingsSlack } from '../../../../src/bot/slack/hearings/hearing-listeners.ts';
import { hearingCard } from '../../../../src/bot/slack/hearings/hearing-card.ts';
import { homeView } from '../../../../src/bot/slack/hearings/home-view.ts';
import { myHearingsMessage } from '../../../../src/bot/slack/hearings/my-hearings-message.ts';
import { openHearingModal } from '../../../../src/bot/slack/hearings/open-hearing-modal.ts';
import { reasonModal } from '../../../../src/bot/slack/hearings/reason-modal.ts';
import { reminderMessage } from '../../../../src/bot/slack/hearings/reminder-message.ts';
import type { HearingView } from '../../../../src/app/hearings/view-hearing.ts';
import { presentHearing } from '../../../../src/bot/present/hearings/hearing-presentation.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';
import { aHearingView, longest } from './render-fixtures.ts';

/** The same hearing under `count` different ids (block ids must be unique per surface). */
const manyOf = (view: HearingView, count: number): HearingView[] =>
  Array.from({ length: count }, (_, i) => ({
    ...view,
    hearing: { ...view.hearing, id: `h${String(i).padStart(4, '0')}` },
  }));

const member = (roster: { members: { id: string }[] }) => roster.members[0]!.id;

type Roster = Parameters<NonNullable<Parameters<typeof aHearingView>[0]>['viewer'] & {}>[0];

/** The action ids of the answer buttons in a view or message. */
const voteButtonsIn = (surface: { blocks: readonly unknown[] }): string[] =>
  JSON.stringify(surface.blocks)
    .match(/"action_id":"(?:vote|reason)\.[a-z]+"/g)
    ?.map((match) => match.slice('"action_id":"'.length, -1)) ?? [];

describe('App Home', () => {
  it("a member's tab: their answer highlighted, the counts, upcoming deadlines", async () => {
    const answered = await aHearingView({ ballots: [[0, 'for']], viewer: member });
    const home = homeView({
      kind: 'member',
      council: answered.council,
      hearings: [answered],
      canOpen: false,
    });

    expect(home).toMatchSnapshot();
    expect(blockKitViolations({ ...home }, 'home')).toEqual([]);
  });

  it('60 open hearings still fit in 100 blocks, with a pointer to the rest', async () => {
    const view = await aHearingView({ input: longest, viewer: member });
    const hearings = manyOf(view, 60);

    const home = homeView({
      kind: 'member',
      council: view.council,
      hearings,
      canOpen: true,
      banner: 'x'.repeat(4000),
    });

    expect(blockKitViolations({ ...home }, 'home')).toEqual([]);
    expect(JSON.stringify(home)).toContain('… og 40 høringer mere.');
  });

  it('after a vote in the tab: that hearing says "Du har stemt For …" once, in bold, with the buttons to change', async () => {
    const view = await aHearingView({ ballots: [[0, 'for']], viewer: member });
    const home = homeView({
      kind: 'member',
      council: view.council,
      hearings: [view],
      canOpen: false,
      note: {
        hearingId: view.hearing.id,
        justDone: { kind: 'cast', receipt: { ballot: view.viewer!.ballot! } },
      },
    });

    const json = JSON.stringify(home);
    expect(json.split('du kan ændre indtil fristen')).toHaveLength(2);
    expect(json).toContain('*Du har stemt For — du kan ændre indtil fristen.*');
    expect(voteButtonsIn(home)).toEqual(['vote.for', 'vote.against', 'vote.abstain', 'reason.any']);
  });

  it('a refused click in the tab: one line why on that hearing, and no buttons', async () => {
    const view = await aHearingView({ viewer: (roster) => roster.observer.id });
    const why = 'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.';
    const home = homeView({
      kind: 'member',
      council: view.council,
      hearings: [view],
      canOpen: false,
      note: { hearingId: view.hearing.id, justDone: { kind: 'refused', text: why } },
    });

    expect(JSON.stringify(home).split(why)).toHaveLength(2);
    expect(voteButtonsIn(home)).toEqual([]);
  });

  it('nothing open: says so and where new hearings will appear', () => {
    const home = homeView({ kind: 'member', council: aCouncil(), hearings: [], canOpen: false });

    expect(JSON.stringify(home)).toContain('Der er ingen åbne høringer lige nu.');
  });
});

describe("each person's hearing card: one line on where they stand, only what they may do", () => {
  const cardOf = (view: HearingView) => JSON.stringify(hearingCard(view));

  it('a member who has not answered: the line and the buttons', async () => {
    const view = await aHearingView({ viewer: member });
    expect(cardOf(view)).toContain('Du har ikke svaret endnu.');
    expect(voteButtonsIn({ blocks: hearingCard(view) })).toEqual([
      'vote.for',
      'vote.against',
      'vote.abstain',
      'reason.any',
    ]);
  });

  it('a substitute acting for an absent member sees that once', async () => {
    const view = await aHearingView({
      absentMemberIndex: 0,
      substituteChoice: 'against',
      viewer: (roster) => roster.substitute.id,
    });
    expect(cardOf(view).match(/suppleant for Dines Kragsmark/g)).toHaveLength(1);
    expect(cardOf(view)).toContain(
      'Du har stemt Imod som suppleant for Dines Kragsmark — du kan ændre indtil fristen.',
    );
  });

  it.each([
    [
      'an observer',
      (roster: Roster) => roster.observer.id,
      'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
    ],
    [
      'the member who sent afbud',
      (roster: Roster) => roster.members[0]!.id,
      'Du har meldt afbud, så din suppleant har stemmeretten i denne høring.',
    ],
    [
      'the secretariat',
      (roster: Roster) => roster.secretary.id,
      'Du følger høringen som sekretariat og stemmer ikke selv.',
    ],
  ])('%s: one line and no vote buttons', async (_who, viewer, line) => {
    const view = await aHearingView({ absentMemberIndex: 0, viewer });
    expect(cardOf(view)).toContain(line);
    expect(cardOf(view)).toContain('0 af 8 har svaret');
    expect(voteButtonsIn({ blocks: hearingCard(view) })).toEqual([]);
  });
});

describe('messages to one person', () => {
  it('/raad mine fits 50 blocks however many hearings are open', async () => {
    const view = await aHearingView({ input: longest, viewer: member });

    const message = myHearingsMessage('da', manyOf(view, 30));

    expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
  });

  it("/raad mine for the chair: each hearing's management section still fits in 50 blocks", async () => {
    const view = await aHearingView({ input: longest, viewer: (roster) => roster.chair.id });

    const message = myHearingsMessage('da', manyOf(view, 30));

    expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
    const manage = message.blocks.filter((block) => block.block_id?.endsWith('.manage'));
    expect(manage.length).toBeGreaterThan(5);
    expect(message.blocks.at(-1)).toMatchObject({ type: 'context' });
  });

  it('the confirmation before closing early fits a modal', async () => {
    const view = await aHearingView({ input: longest });
    const modal = closeConfirmModal(
      'da',
      view.hearing,
      '2 af 5 har svaret. Lukkes høringen nu, er den ikke beslutningsdygtig.',
      { changed: true },
    );

    expect(blockKitViolations({ ...modal }, 'modal')).toEqual([]);
    expect(modal).toMatchSnapshot();
  });

  it('the help lists every command and the shortcut', () => {
    const parts = [hearingsSlack, councilSlack];
    expect(helpMessage('da', parts)).toMatchSnapshot();
    expect(helpMessage('en', parts, 'stem').blocks[0]).toMatchObject({
      text: { text: expect.stringContaining('I did not understand "stem".') },
    });
  });

  it('a reminder to a substitute says whose seat they hold, with the buttons', async () => {
    const view = await aHearingView({
      viewer: (roster) => roster.substitute.id,
    });
    // Without afbud the substitute holds no seat: the reminder would not be sent; with a seat it reads:
    const asSubstitute = { ...view, viewer: { ...view.viewer!, seatId: 'm001', canVote: true } };

    const message = reminderMessage(asSubstitute);

    expect(message.text).toMatch(
      /^Påmindelse: Du holder Dines Kragsmarks plads, som har meldt afbud\./,
    );
    expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
  });
});

describe('modals', () => {
  it('"Ny høring" in Danish, prefilled, within the 24-character title and button limits', () => {
    const modal = openHearingModal(aCouncil(), { title: 'Budget 2027', channel: 'C0BYRAAD01' });

    expect(modal).toMatchSnapshot();
    expect(blockKitViolations({ ...modal }, 'modal')).toEqual([]);
  });

  it('"New hearing" in English, with a message too long for the form clipped to fit', () => {
    const modal = openHearingModal(aCouncil({ locale: 'en' }), {
      title: longest.title,
      proposal: 'x'.repeat(5000),
    });

    expect(modal.title.text).toBe('New hearing');
    expect(blockKitViolations({ ...modal }, 'modal')).toEqual([]);
  });

  it('the reason modal preselects the answer that needed a reason', async () => {
    const view = await aHearingView({ input: { rules: { reasonRequiredWithAgainst: true } } });

    const modal = reasonModal(
      'da',
      presentHearing(view),
      JSON.stringify({ h: 'h0001', u: 'https://hooks.slack.com/x' }),
      'against',
    );

    expect(modal).toMatchSnapshot();
    expect(blockKitViolations({ ...modal }, 'modal')).toEqual([]);
  });

  it('for høringssvar the text is required and the only answer is preselected', async () => {
    const view = await aHearingView({ input: { mode: 'comments' } });

    const modal = reasonModal('da', presentHearing(view), '{"h":"h0001"}');

    expect(modal.blocks[1]).toMatchObject({ element: { initial_option: { value: 'comment' } } });
    expect(modal.blocks[2]).toMatchObject({
      label: { text: 'Høringssvar' },
      hint: { text: 'Begrundelsen er påkrævet for dette svar.' },
    });
    expect(modal.blocks[2]).not.toHaveProperty('optional');
  });

  it('afbud offers the open hearings, or explains there are none', () => {
    const withHearings = absenceModal('da', [{ id: 'h0001', title: longest.title }]);
    const without = absenceModal('da', []);

    expect(blockKitViolations({ ...withHearings }, 'modal')).toEqual([]);
    expect(JSON.stringify(without)).toContain(
      'Der er ingen åbne høringer lige nu — meld afbud for en periode.',
    );
  });
});
