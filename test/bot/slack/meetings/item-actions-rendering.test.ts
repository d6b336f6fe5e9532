import { describe, expect, it } from 'vitest';
import type { DecisionDraft } from '../../../../src/app/meetings/decision-draft.ts';
import type { AgendaItem, ItemKind } from '../../../../src/domain/meetings/agenda-item.ts';
import type { Decision } from '../../../../src/domain/meetings/decision.ts';
import type { Meeting, MeetingStatus } from '../../../../src/domain/meetings/meeting.ts';
import { agendaItemReply } from '../../../../src/bot/slack/meetings/agenda-item-reply.ts';
import {
  decisionModal,
  readDecisionMetadata,
} from '../../../../src/bot/slack/meetings/decision-modal.ts';
import { parseItemValue } from '../../../../src/bot/slack/meetings/item-actions.ts';
import { meetingActionIds } from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { sagsfremstillingModal } from '../../../../src/bot/slack/meetings/sagsfremstilling-modal.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';

const meeting = (status: MeetingStatus = 'agenda_published'): Meeting => ({
  id: 'm0007',
  councilId: 'rar-test',
  title: 'Rådsmøde',
  start: '2027-05-20T13:00',
  end: '2027-05-20T16:00',
  status,
});

const anItem = (kinds: ItemKind[], fields: Partial<AgendaItem['fields']> = {}): AgendaItem => ({
  number: [2, 1],
  title: 'Budget for 2028',
  kinds,
  presentation: false,
  presenters: [],
  fields: {
    indstilling: 'Det indstilles, at Rådet godkender budgettet.',
    bilag: [],
    other: [],
    ...fields,
  },
});

const at = (status: MeetingStatus = 'agenda_published', decision?: Decision) => ({
  meeting: meeting(status),
  timeZone: 'Europe/Copenhagen',
  ...(decision === undefined ? {} : { decision, decidedBy: 'Karin Testesen' }),
});

interface ButtonLike {
  action_id: string;
  value: string;
  text: { text: string };
}

/** The buttons of a reply, by action id and label. */
function buttonsOf(item: AgendaItem, context = at()): { id: string; label: string }[] {
  const { blocks } = agendaItemReply(item, 'da', context);
  return blocks
    .filter((block) => block.type === 'actions')
    .flatMap((block) => (block as unknown as { elements: ButtonLike[] }).elements)
    .map((button) => ({ id: button.action_id, label: button.text.text }));
}

const decided = (noted: boolean): Decision => ({
  item: '2.1',
  text: noted ? 'Taget til efterretning.' : 'Rådet godkendte budgettet.',
  noted,
  revision: 1,
  recordedBy: 'sekretariat',
  recordedAt: '2027-05-20T13:42:00.000Z',
});

describe("an agenda item's buttons by kind", () => {
  it('a B item offers "Start høring" and "Registrér beslutning"', () => {
    expect(buttonsOf(anItem(['B']))).toEqual([
      { id: meetingActionIds.startHearing, label: 'Start høring' },
      { id: meetingActionIds.recordDecision, label: 'Registrér beslutning' },
    ]);
  });

  it('a D item offers "Start gruppedrøftelse" and "Registrér beslutning"', () => {
    expect(buttonsOf(anItem(['D']))).toEqual([
      { id: meetingActionIds.startDiscussion, label: 'Start gruppedrøftelse' },
      { id: meetingActionIds.recordDecision, label: 'Registrér beslutning' },
    ]);
  });

  it('an O item offers "Taget til efterretning"', () => {
    expect(buttonsOf(anItem(['O']))).toEqual([
      { id: meetingActionIds.noteItem, label: 'Taget til efterretning' },
    ]);
  });

  it('"Taget til efterretning" carries the revision its reply shows (none yet), and reads back', () => {
    const { blocks } = agendaItemReply(anItem(['O']), 'da', at());
    const values = blocks
      .filter((block) => block.type === 'actions')
      .flatMap((block) => (block as unknown as { elements: ButtonLike[] }).elements)
      .map((button) => parseItemValue(button.value));
    expect(values).toEqual([{ meetingId: 'm0007', item: '2.1', revision: 0 }]);
    expect(parseItemValue('{"meetingId":"m0007","item":"2.1","revision":-1}')).toBeUndefined();
  });

  it('each button carries the meeting and the item as printed, and reads back', () => {
    const { blocks } = agendaItemReply(anItem(['B']), 'da', at());
    const values = blocks
      .filter((block) => block.type === 'actions')
      .flatMap((block) => (block as unknown as { elements: ButtonLike[] }).elements)
      .map((button) => parseItemValue(button.value));
    expect(values).toEqual([
      { meetingId: 'm0007', item: '2.1' },
      { meetingId: 'm0007', item: '2.1' },
    ]);
  });

  it('once decided, a B item offers "Ret beslutning" and says who recorded it and when (council time)', () => {
    const item = anItem(['B'], { beslutning: 'Rådet godkendte budgettet.' });
    expect(buttonsOf(item, at('held', decided(false)))).toEqual([
      { id: meetingActionIds.recordDecision, label: 'Ret beslutning' },
    ]);
    const text = JSON.stringify(agendaItemReply(item, 'da', at('held', decided(false))));
    expect(text).toContain('*Beslutning*\\nRådet godkendte budgettet.');
    expect(text).toContain('Beslutningen er registreret af Karin Testesen 20. maj 2027 kl. 15.42.');
  });

  it('a noted O item says so, with who and when, and offers only "Ret beslutning"', () => {
    const item = anItem(['O'], { beslutning: 'Taget til efterretning.' });
    const text = JSON.stringify(agendaItemReply(item, 'da', at('held', decided(true))));
    expect(text).toContain('Taget til efterretning af Karin Testesen 20. maj 2027 kl. 15.42.');
    expect(buttonsOf(item, at('held', decided(true)))).toEqual([
      { id: meetingActionIds.recordDecision, label: 'Ret beslutning' },
    ]);
  });

  it('a cancelled meeting or approved minutes show no decision buttons', () => {
    expect(buttonsOf(anItem(['B']), at('cancelled'))).toEqual([]);
    expect(buttonsOf(anItem(['O']), at('minutes_approved'))).toEqual([]);
  });

  it('"Vis sagsfremstilling" when there is one, "Vis mere" when only a field was cut', () => {
    expect(buttonsOf(anItem(['D'], { sagsfremstilling: 'Baggrunden.' })).at(-1)).toEqual({
      id: meetingActionIds.showItem,
      label: 'Vis sagsfremstilling',
    });
    const long = anItem(['D'], { indstilling: 'Lang tekst. '.repeat(500) });
    expect(buttonsOf(long).at(-1)).toEqual({ id: meetingActionIds.showItem, label: 'Vis mere' });
    expect(JSON.stringify(agendaItemReply(long, 'da', at()))).toContain(
      'Forkortet her. «Vis mere» viser hele punktet.',
    );
  });

  it('reads back only values it drew: bad JSON, missing or odd fields are nothing', () => {
    expect(parseItemValue('not json')).toBeUndefined();
    expect(parseItemValue(undefined)).toBeUndefined();
    expect(parseItemValue('{"meetingId":"m1"}')).toBeUndefined();
    expect(parseItemValue('{"meetingId":7,"item":"2.1"}')).toBeUndefined();
    expect(parseItemValue('{"meetingId":"m1","item":"2.1; drop"}')).toBeUndefined();
    expect(parseItemValue('null')).toBeUndefined();
    expect(parseItemValue('{"meetingId":"m1","item":"2.1"}')).toEqual({
      meetingId: 'm1',
      item: '2.1',
    });
  });
});

describe("the item's whole text and the Beslutning form stay within Slack's limits", () => {
  const huge = (word: string, times: number) => `${word} `.repeat(times);

  it('a long Sagsfremstilling is shown in full over several sections', () => {
    const item = anItem(['B'], { sagsfremstilling: huge('Sagsfremstilling&', 1_000) });
    const view = sagsfremstillingModal('da', item);
    expect(blockKitViolations({ ...view }, 'modal')).toEqual([]);
    expect(view.blocks.length).toBeGreaterThan(3);
    expect(JSON.stringify(view)).not.toContain('Resten står i dagsordenen');
  });

  it('a text beyond what a modal holds is cut at its 100 blocks with a clear note', () => {
    const item = anItem(['B'], {
      sagenKort: { label: 'Anledning', text: huge('Anledning<>', 20_000) },
      sagsfremstilling: huge('Sagsfremstilling', 30_000),
      beslutning: huge('Beslutning', 5_000),
      other: [{ label: 'Økonomi', text: huge('Økonomi', 5_000), after: 2 }],
    });
    for (const locale of ['da', 'en'] as const) {
      const view = sagsfremstillingModal(locale, item);
      expect(blockKitViolations({ ...view }, 'modal')).toEqual([]);
      expect(view.blocks).toHaveLength(100);
      expect(JSON.stringify(view.blocks.at(-1))).toContain(
        locale === 'da' ? 'Resten står i dagsordenen.' : 'The rest is in the agenda.',
      );
    }
  });

  it('the Beslutning form carries the revision seen, prefilled from a closed hearing, within limits', () => {
    const draft: DecisionDraft = {
      meetingId: 'm0007',
      item: '2.1',
      itemTitle: huge('Titel', 200),
      kinds: ['B'],
      revision: 3,
      draftFrom: 'hearing',
      hearing: {
        hearingId: 'h1',
        title: 'Budget for 2028',
        mode: 'vote',
        outcome: 'adopted',
        tally: {
          for: 12,
          against: 2,
          abstain: 1,
          objections: 0,
          comments: 0,
          responded: 15,
          eligible: 18,
        },
      },
    };
    const view = decisionModal('da', draft);
    expect(blockKitViolations({ ...view }, 'modal')).toEqual([]);
    expect(readDecisionMetadata(view.private_metadata)).toEqual({
      meetingId: 'm0007',
      item: '2.1',
      revision: 3,
    });
    expect(JSON.stringify(view)).toContain(
      'Rådet vedtog indstillingen (For 12, Imod 2, Undlader 1)',
    );
    const long = decisionModal('da', draft, { text: huge('Min tekst', 2_000) });
    expect(blockKitViolations({ ...long }, 'modal')).toEqual([]);
  });

  it('a forged private_metadata reads as nothing', () => {
    expect(readDecisionMetadata('{"meetingId":')).toBeUndefined();
    expect(readDecisionMetadata('{"meetingId":"m1","item":"2.1","revision":-1}')).toBeUndefined();
    expect(readDecisionMetadata(undefined)).toBeUndefined();
  });
});
