/**
 * «Ret opsætning»'s Block Kit and form reading, drawn from the shared
 * fixtures and outsized ones: the form is prefilled and within Slack's
 * limits, a locked field is a line and not an input, the form sends only
 * what it showed, and a refusal lands under a block the form has.
 */
import { describe, expect, it } from 'vitest';
import {
  discussionActionIds,
  setUpBlocks,
} from '../../../../src/bot/slack/discussions/discussion-ids.ts';
import {
  editMetadata,
  readEditMetadata,
} from '../../../../src/bot/slack/discussions/discussion-values.ts';
import { editSetUpModal } from '../../../../src/bot/slack/discussions/edit-set-up-modal.ts';
import { editErrorsOf, readEditForm } from '../../../../src/bot/slack/discussions/set-up-form.ts';
import { statusMessage } from '../../../../src/bot/slack/discussions/status-command.ts';
import { inputActionId } from '../../../../src/bot/slack/slack-ids.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';
import {
  aDiscussion,
  announcedView,
  aProposal,
  compiledView,
  signUpView,
} from '../../present/discussions/discussion-fixtures.ts';

type Json = Record<string, unknown>;
const council = aCouncil();
const within = (payload: unknown) =>
  expect(blockKitViolations(payload as Json, 'modal')).toEqual([]);
const blocksOf = (view: unknown) =>
  (view as { blocks: { type: string; block_id?: string; element?: Json; hint?: Json }[] }).blocks;
const inputIds = (view: unknown) =>
  blocksOf(view)
    .filter((block) => block.type === 'input')
    .map((block) => block.block_id);
const long = (words: string, times: number) => `${words} `.repeat(times).trim();

describe('the «Ret opsætning» form', () => {
  it('in sign-up has every input, prefilled with the discussion, and names it and the sequence shown', () => {
    const form = editSetUpModal('da', signUpView());
    within(form);
    expect(inputIds(form)).toContain(setUpBlocks.topicTitle(3));
    expect(inputIds(form)).toContain(setUpBlocks.sizingNumber);
    expect(inputIds(form)).toContain(setUpBlocks.signUpDate);
    const rooms = blocksOf(form).find((block) => block.block_id === setUpBlocks.rooms);
    expect(rooms?.element).toMatchObject({
      initial_value: 'https://rum.example/a1\nhttps://rum.example/a2\nhttps://rum.example/b1',
    });
    expect(readEditMetadata(form.private_metadata)).toEqual({
      discussionId: 'd0001',
      seenSequence: 1,
    });
  });

  it('after announcing shows topics, groups and deadline as a line, not inputs, and counts the groups in the rooms hint', () => {
    const form = editSetUpModal('da', announcedView());
    within(form);
    expect(inputIds(form)).toEqual([
      setUpBlocks.title,
      setUpBlocks.windowDate,
      setUpBlocks.windowStart,
      setUpBlocks.windowEnd,
      setUpBlocks.dueDate,
      setUpBlocks.dueTime,
      setUpBlocks.rooms,
    ]);
    const shown = JSON.stringify(form.blocks);
    expect(shown).toContain('Grøn omstilling');
    expect(shown).toContain('3 grupper');
    expect(shown).toContain('Grupperne er udsendt');
    const rooms = blocksOf(form).find((block) => block.block_id === setUpBlocks.rooms);
    expect(JSON.stringify(rooms?.hint)).toContain('(3 grupper)');
  });

  it('in sign-up with groups proposed counts them in the rooms hint, as per-group links must match them', () => {
    const form = editSetUpModal('da', signUpView({ proposal: aProposal() }));
    within(form);
    const rooms = blocksOf(form).find((block) => block.block_id === setUpBlocks.rooms);
    expect(JSON.stringify(rooms?.hint)).toContain('(3 grupper)');
    expect(inputIds(form)).toContain(setUpBlocks.sizingNumber);
  });

  it('says under the end time on which later day a window spanning days ends, and nothing for one within a day', () => {
    const endHint = (form: unknown) =>
      blocksOf(form).find((block) => block.block_id === setUpBlocks.windowEnd)?.hint;
    const twoDays = aDiscussion({
      windowStart: '2027-05-20T09:00',
      windowEnd: '2027-05-21T15:00',
    });
    const da = editSetUpModal('da', signUpView({ discussion: twoDays }));
    within(da);
    expect(JSON.stringify(endHint(da))).toContain(
      'Slutter dagen efter datoen ovenfor, nu 21. maj 2027, kl. 15.00.',
    );
    const en = editSetUpModal('en', signUpView({ discussion: twoDays }));
    expect(JSON.stringify(endHint(en))).toContain('Ends the day after the date above');
    expect(endHint(editSetUpModal('da', signUpView()))).toBeUndefined();
  });

  it('has a slot for every topic of a discussion set up elsewhere with six', () => {
    const topics = ['A', 'B', 'C', 'D', 'E', 'F'].map((key) => ({
      key,
      title: `Emne ${key}`,
      questions: ['Hvad nu?'],
    }));
    const form = editSetUpModal('da', signUpView({ discussion: aDiscussion({ topics }) }));
    within(form);
    expect(inputIds(form)).toContain(setUpBlocks.topicTitle(5));
    expect(
      blocksOf(form).find((b) => b.block_id === setUpBlocks.topicTitle(5))?.element,
    ).toMatchObject({ initial_value: 'Emne F' });
  });

  it('shows questions and links too long for its fields as a line, never cut into an input, and stays within limits', () => {
    const topics = ['A', 'B', 'C', 'D', 'E', 'F'].map((key) => ({
      key,
      title: long('Langt emne <@U1>', 20).slice(0, 150),
      questions: Array.from({ length: 8 }, (_, i) => long(`Spørgsmål ${i + 1}`, 60).slice(0, 500)),
    }));
    const urls = Array.from({ length: 50 }, (_, i) => `https://rum.example/${'x'.repeat(80)}/${i}`);
    for (const status of ['sign_up', 'announced'] as const) {
      const form = editSetUpModal(
        'en',
        signUpView({
          discussion: aDiscussion({
            status,
            title: long('Titel', 40).slice(0, 150),
            topics,
            rooms: { kind: 'per_group', urls },
          }),
        }),
      );
      within(form);
      expect(inputIds(form)).not.toContain(setUpBlocks.topicQuestions(0));
      expect(inputIds(form)).not.toContain(setUpBlocks.rooms);
      expect(inputIds(form)).toContain(setUpBlocks.title);
      expect(JSON.stringify(form.blocks)).toContain('too long for the fields here');
      expect(JSON.stringify(form.blocks)).toContain('50 links');
    }
  });

  it('is offered in /raad grupper while the discussion may change, and not after the opsamling', () => {
    const status = JSON.stringify(
      statusMessage(council, [signUpView(), announcedView(), compiledView()]).blocks,
    );
    expect(status.split(discussionActionIds.editSetUp).length - 1).toBe(2);
  });
});

describe('reading the «Ret opsætning» form', () => {
  const plain = (value: string) => ({ [inputActionId]: { value } });
  const on = { councilId: 'c1', actorId: 'sek1', discussionId: 'd0001', seenSequence: 2 };

  it('sends only the fields it showed, each as it stands', () => {
    const read = readEditForm(
      'da',
      {
        title: plain('Ny titel'),
        window_date: { [inputActionId]: { selected_date: '2027-05-20' } },
        window_start: { [inputActionId]: { selected_time: '13:00' } },
        window_end: { [inputActionId]: { selected_time: '15:00' } },
        due_date: { [inputActionId]: { selected_date: '2027-05-21' } },
        due_time: { [inputActionId]: { selected_time: '16:00' } },
        rooms: plain(''),
      },
      {
        ...on,
        shown: ['title', 'windowStart', 'windowEnd', 'summariesDue', 'roomLinks'],
        topicSlots: 4,
      },
    );
    expect(read).toEqual({
      ok: true,
      input: {
        ...on,
        title: 'Ny titel',
        windowStart: '2027-05-20T13:00',
        windowEnd: '2027-05-20T15:00',
        summariesDue: '2027-05-21T16:00',
        roomLinks: [],
      },
    });
  });

  it('leaves out a window left as prefilled, and keeps a changed one’s end as many days after its start', () => {
    const window = { windowStart: '2027-05-20T09:00', windowEnd: '2027-05-21T15:00' };
    const shown = { ...on, shown: ['title', 'windowStart', 'windowEnd'] as const, topicSlots: 4 };
    const values = (day: string, start: string, end: string) => ({
      title: plain('Ny titel'),
      window_date: { [inputActionId]: { selected_date: day } },
      window_start: { [inputActionId]: { selected_time: start } },
      window_end: { [inputActionId]: { selected_time: end } },
    });
    expect(
      readEditForm('da', values('2027-05-20', '09:00', '15:00'), { ...shown, window }),
    ).toEqual({ ok: true, input: { ...on, title: 'Ny titel' } });
    expect(
      readEditForm('da', values('2027-05-31', '10:00', '15:00'), { ...shown, window }),
    ).toEqual({
      ok: true,
      input: {
        ...on,
        title: 'Ny titel',
        windowStart: '2027-05-31T10:00',
        windowEnd: '2027-06-01T15:00',
      },
    });
    // A window within one day changed stays within one day.
    const oneDay = { windowStart: '2027-05-20T13:00', windowEnd: '2027-05-20T15:00' };
    expect(
      readEditForm('da', values('2027-05-22', '13:00', '16:00'), { ...shown, window: oneDay }),
    ).toMatchObject({
      input: { windowStart: '2027-05-22T13:00', windowEnd: '2027-05-22T16:00' },
    });
    // An emptied picker is answered under its block, as before.
    expect(readEditForm('da', values('2027-05-20', '', '15:00'), { ...shown, window })).toEqual({
      ok: false,
      errors: { [setUpBlocks.windowStart]: 'Skal udfyldes.' },
    });
  });

  it('puts a refusal under a block the form has: a topic with sign-ups under its title, a locked field or a change meanwhile under the title', () => {
    const signUpForm = {
      shownBlocks: [setUpBlocks.title, setUpBlocks.topicTitle(0), setUpBlocks.topicTitle(2)],
      topicSlots: 4,
    };
    expect(
      Object.keys(
        editErrorsOf(
          'da',
          { ok: false, code: 'discussion_topic_has_sign_ups', params: { topic: 'C', count: 2 } },
          signUpForm,
        ),
      ),
    ).toEqual([setUpBlocks.topicTitle(2)]);
    const announcedForm = { shownBlocks: [setUpBlocks.title, setUpBlocks.rooms], topicSlots: 4 };
    expect(
      Object.keys(
        editErrorsOf(
          'da',
          { ok: false, code: 'discussion_field_locked', params: { field: 'topics' } },
          announcedForm,
        ),
      ),
    ).toEqual([setUpBlocks.title]);
    expect(
      editErrorsOf('da', { ok: false, code: 'discussion_changed_meanwhile' }, announcedForm),
    ).toHaveProperty(setUpBlocks.title);
    expect(
      Object.keys(
        editErrorsOf('da', { ok: false, code: 'discussion_room_links_mismatch' }, announcedForm),
      ),
    ).toEqual([setUpBlocks.rooms]);
  });

  it('reads back only a reference it drew', () => {
    expect(readEditMetadata(editMetadata({ discussionId: 'd1', seenSequence: 4 }))).toEqual({
      discussionId: 'd1',
      seenSequence: 4,
    });
    for (const forged of ['', '{"d":1}', '{"d":"d1"}', '{"d":"d1","s":-1}', 'x'.repeat(600), '{'])
      expect(readEditMetadata(forged)).toBeUndefined();
  });
});
