import { describe, expect, it } from 'vitest';
import { opsamlingModal } from '../../../../src/bot/slack/discussions/opsamling-message.ts';
import {
  aDiscussion,
  aSummary,
  compiledView,
} from '../../present/discussions/discussion-fixtures.ts';

/** Far more than the 95 sections a modal holds: every answer is a page of notes. */
const aVeryLongOpsamling = (onItem: boolean) => {
  const onTheItem = aDiscussion({ status: 'compiled', sequence: 3 });
  const { meetingId: _meeting, itemNumber: _item, ...onItsOwn } = onTheItem;
  const page = Array.from(
    { length: 200 },
    (_, n) => `${n + 1}. ${'Noter om kompetencebehov. '.repeat(10)}`,
  ).join('\n');
  return compiledView({
    discussion: onItem ? onTheItem : onItsOwn,
    summaries: ['A1', 'A2', 'B1'].map((key) =>
      aSummary(key, {
        answers: Array.from({ length: 2 }, () => page),
        notes: page,
      }),
    ),
  });
};

const lastText = (modal: ReturnType<typeof opsamlingModal>) => JSON.stringify(modal.blocks.at(-1));

describe('the whole opsamling in a Slack modal, when even that is too long', () => {
  it('points to the referat for a discussion on an agenda item', () => {
    const modal = opsamlingModal('da', aVeryLongOpsamling(true));
    expect(modal.blocks.length).toBeLessThanOrEqual(100);
    expect(lastText(modal)).toContain('Hele opsamlingen står i referatet under punktet.');
  });

  it('says where the rest is for a discussion on its own, which has no referat', () => {
    const modal = opsamlingModal('da', aVeryLongOpsamling(false));
    expect(lastText(modal)).toContain('«discussion show» på kommandolinjen');
    expect(lastText(modal)).not.toContain('referatet');
  });
});
