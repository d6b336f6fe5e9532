/** «Ret opsætning»'s card drawn from plain data: prefilled, locked fields as text once announced, valid 1.5, within size, and read back as the use case wants it. */
import { describe, expect, it } from 'vitest';
import { discussionVerbNames } from '../../../../src/bot/teams/discussions/discussion-verb-names.ts';
import {
  editedValues,
  editInputOf,
  editOf,
  setupValuesOf,
} from '../../../../src/bot/teams/discussions/edit-setup.ts';
import { setupCard } from '../../../../src/bot/teams/discussions/setup-card.ts';
import { cardBytes } from '../../../../src/bot/teams/meetings/card-text.ts';
import { t } from '../../../../src/i18n/discussions/index.ts';
import { textOf } from '../../../support/teams-harness.ts';
import { createAdaptiveCardValidator } from '../../../support/validate-json-schema.ts';
import { aDiscussion, anAnnouncedView, aView } from './discussion-view-mother.ts';

const validate = createAdaptiveCardValidator();
const council = { locale: 'da' as const, name: 'RAR Testregion', timeZone: 'Europe/Copenhagen' };
const ref = { councilId: 'rar-test', discussionId: 'd0001', actorId: 'signe', seenSequence: 1 };

/** Every input on a card: id → value as the card shows it. */
function inputsOf(card: unknown): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (String(record['type']).startsWith('Input.')) found[String(record['id'])] = record['value'];
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

const cardFor = (view: ReturnType<typeof aView>) =>
  setupCard(council, setupValuesOf(view.discussion), {}, { edit: editOf(view) });

describe('«Ret opsætning» in sign-up', () => {
  it('is the set-up card titled «Ret gruppedrøftelse» with every current value filled in and «Gem ændringer» carrying the version seen', () => {
    const card = cardFor(aView());
    expect(textOf(card)).toContain('Ret gruppedrøftelse');
    expect(textOf(card)).not.toContain('Grupperne er udsendt');
    expect(inputsOf(card)).toMatchObject({
      title: 'Unge uden uddannelse',
      topic1Title: 'Praktikpladser',
      topic1Questions: 'Hvad virker i dag?\nHvad kan Rådet gøre?',
      topic2Title: 'Voksenlærlinge',
      sizing: 'count',
      sizingValue: 2,
      signUpDate: '2035-01-10',
      signUpTime: '12:00',
      windowDate: '2035-01-17',
      windowStart: '13:00',
      windowEnd: '14:00',
      dueDate: '2035-01-18',
      dueTime: '12:00',
      rooms: 'https://rum.example/a1\nhttps://rum.example/b1',
    });
    expect(card.actions).toEqual([
      expect.objectContaining({
        title: 'Gem ændringer',
        verb: discussionVerbNames.saveEdit,
        data: { discussionId: 'd0001', sequence: 1 },
      }),
    ]);
    expect(textOf(card)).toContain('(2 grupper)');
    expect(validate(card)).toMatchObject({ valid: true });
  });

  it('sent back unchanged but for the deadline, asks the use case for every field, the new deadline among them', () => {
    const view = aView();
    const edit = editOf(view);
    const values = editedValues(
      { ...setupValuesOf(view.discussion), signUpDate: '2035-01-11' },
      view.discussion,
      edit.editable,
    );
    const read = editInputOf('da', values, view.discussion, edit.editable, ref);
    expect(read).toMatchObject({
      ok: true,
      input: {
        ...ref,
        title: 'Unge uden uddannelse',
        groupCount: 2,
        signUpDeadline: '2035-01-11T12:00',
        summariesDue: '2035-01-18T12:00',
        roomLinks: ['https://rum.example/a1', 'https://rum.example/b1'],
      },
    });
    if (read.ok) expect(read.input.topics).toHaveLength(2);
  });

  it('an emptied title is named under its field and nothing is asked of the use case', () => {
    const view = aView();
    const edit = editOf(view);
    const values = editedValues(
      { ...setupValuesOf(view.discussion), title: ' ' },
      view.discussion,
      edit.editable,
    );
    const read = editInputOf('da', values, view.discussion, edit.editable, ref);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.byField?.['title']).toContain('Titel på drøftelsen');
    const card = setupCard(council, values, read.errors, { edit });
    expect(textOf(card)).toContain('Ret felterne markeret med rødt');
  });
});

describe('«Ret opsætning» once the groups are announced', () => {
  it('shows topics, sizing and sign-up deadline as text with the note, and the hint says how many groups there are', () => {
    const card = cardFor(anAnnouncedView());
    const inputs = Object.keys(inputsOf(card));
    expect(inputs).toEqual([
      'title',
      'windowDate',
      'windowStart',
      'windowEnd',
      'dueDate',
      'dueTime',
      'rooms',
    ]);
    expect(textOf(card)).toContain('Grupperne er udsendt, så emner, spørgsmål');
    expect(textOf(card)).toContain('Emne A: Praktikpladser');
    expect(textOf(card)).toContain('1. Hvad virker i dag?');
    expect(textOf(card)).toContain('Gruppernes størrelse: 2 grupper');
    expect(textOf(card)).toContain('Tilmeldingsfrist: 10.01.2035, kl. 12.00');
    expect(textOf(card)).toContain('ét pr. gruppe i gruppernes rækkefølge (2 grupper)');
    expect(validate(card)).toMatchObject({ valid: true });
  });

  it('asks the use case only for what may still change', () => {
    const view = anAnnouncedView();
    const edit = editOf(view);
    const values = editedValues(
      { title: 'Nye tider', rooms: 'https://rum.example/alle' },
      view.discussion,
      edit.editable,
    );
    // Left out by the client: the window and due time count as emptied.
    expect(editInputOf('da', values, view.discussion, edit.editable, ref).ok).toBe(false);
    const full = editedValues(
      {
        ...setupValuesOf(view.discussion),
        title: 'Nye tider',
        rooms: 'https://rum.example/alle',
      },
      view.discussion,
      edit.editable,
    );
    const read = editInputOf('da', full, view.discussion, edit.editable, ref);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(read.input).sort()).toEqual(
      [...Object.keys(ref), 'title', 'summariesDue', 'roomLinks'].sort(),
    );
    expect(read.input.roomLinks).toEqual(['https://rum.example/alle']);
  });

  it('a window over midnight left as it was is not sent back as one ending on its first day', () => {
    const view = anAnnouncedView({
      discussion: aDiscussion({
        status: 'announced',
        windowStart: '2035-01-17T22:00',
        windowEnd: '2035-01-18T01:00',
      }),
    });
    const edit = editOf(view);
    const values = editedValues(setupValuesOf(view.discussion), view.discussion, edit.editable);
    const read = editInputOf('da', values, view.discussion, edit.editable, ref);
    expect(
      read.ok && read.input.windowStart === undefined && read.input.windowEnd === undefined,
    ).toBe(true);
  });
});

describe('the card stays within what Teams takes', () => {
  it('six long topics set up elsewhere are shown as text (not cut off by four slots) within 28 KB', () => {
    const topics = ['A', 'B', 'C', 'D', 'E', 'F'].map((key) => ({
      key,
      title: `Emne ${key} med en lang titel `.repeat(5).trim(),
      questions: Array.from({ length: 8 }, (_, i) => `Spørgsmål ${i + 1}: ${'ø'.repeat(480)}`),
    }));
    const view = aView({ discussion: aDiscussion({ topics }) });
    const edit = editOf(view);
    expect(edit.editable.has('topics')).toBe(false);
    const card = cardFor(view);
    expect(textOf(card)).toContain('for mange eller for lange til at rette på kortet');
    expect(Object.keys(inputsOf(card))).not.toContain('topic1Title');
    expect(cardBytes(card)).toBeLessThanOrEqual(28_000);
    expect(validate(card)).toMatchObject({ valid: true });
  });

  it('four topics with very long questions are shown as text rather than as inputs too large for the card', () => {
    const topics = ['A', 'B', 'C', 'D'].map((key) => ({
      key,
      title: `Emne ${key}`,
      questions: Array.from({ length: 8 }, (_, i) => `Spørgsmål ${i + 1}: ${'æ'.repeat(480)}`),
    }));
    const view = aView({ discussion: aDiscussion({ topics }) });
    const card = cardFor(view);
    expect(Object.keys(inputsOf(card))).not.toContain('topic1Questions');
    expect(Object.keys(inputsOf(card))).toContain('sizingValue');
    expect(cardBytes(card)).toBeLessThanOrEqual(28_000);
    expect(cardBytes(cardFor(aView()))).toBeLessThanOrEqual(28_000);
  });

  it('a council in English gets the card in English', () => {
    const card = setupCard(
      { ...council, locale: 'en' },
      setupValuesOf(anAnnouncedView().discussion),
      {},
      { edit: editOf(anAnnouncedView()) },
    );
    expect(textOf(card)).toContain('Edit group discussion');
    expect(textOf(card)).toContain('The groups are announced');
    expect(card.actions?.[0]?.title).toBe('Save changes');
  });

  it('drawn again after a change meanwhile, says so in red right under the title, in English too', () => {
    const card = setupCard(
      { ...council, locale: 'en' },
      setupValuesOf(anAnnouncedView().discussion),
      {},
      {
        edit: editOf(anAnnouncedView()),
        alert: t('en', 'teams.discussion.edit.changed_meanwhile'),
      },
    );
    expect(card.body[1]).toMatchObject({ color: 'Attention', weight: 'Bolder' });
    expect(String(card.body[1]?.['text'])).toContain(
      'Someone changed the group discussion while you had the card open',
    );
    expect(String(card.body[1]?.['text'])).toContain('your own changes need to be made again');
    expect(validate(card)).toMatchObject({ valid: true });
  });
});
