import type { Locale } from '../../../domain/council/council.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import { mayRecordDecisions, type Decision } from '../../../domain/meetings/decision.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { localDateTimeOf } from '../../../domain/meetings/meeting-record.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { clockTime, longDate } from '../../present/meetings/minutes/minutes-header.ts';
import { button, context, type Block, type Button } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';

/** Which item a button is about: the meeting's id and the item's number as printed ("2.1"). */
export interface ItemRef {
  readonly meetingId: string;
  readonly item: string;
  /** "Taget til efterretning": the revision of the decision the reply showed (0: none). */
  readonly revision?: number;
}

/** A button's value: JSON {meetingId, item} (and the revision seen), as meeting-ids.ts says. */
export const itemValue = (ref: ItemRef): string =>
  JSON.stringify({
    meetingId: ref.meetingId,
    item: ref.item,
    ...(ref.revision === undefined ? {} : { revision: ref.revision }),
  });

const itemNumberPattern = /^\d{1,4}(\.\d{1,4}){0,5}$/;

/**
 * A button's value read back, or undefined when it is not one we drew (bad
 * JSON, missing or odd fields): the value comes from the client and is
 * never trusted further than this. Whether the meeting and the item exist
 * is the use case's to say.
 */
export function parseItemValue(value: string | undefined): ItemRef | undefined {
  if (value === undefined || value.length > 500) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { meetingId, item, revision } = parsed as {
    meetingId?: unknown;
    item?: unknown;
    revision?: unknown;
  };
  if (typeof meetingId !== 'string' || meetingId === '' || meetingId.length > 200) return undefined;
  if (typeof item !== 'string' || !itemNumberPattern.test(item)) return undefined;
  if (revision === undefined) return { meetingId, item };
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0)
    return undefined;
  return { meetingId, item, revision };
}

/** What the actions of an item's reply depend on besides the item. */
export interface ItemActionContext {
  readonly meeting: Meeting;
  readonly timeZone: string;
  /** The item's recorded decision, if any. */
  readonly decision?: Decision;
  /** Who recorded it, by name. */
  readonly decidedBy?: string;
  /** The reply cut a field: the whole item is one click away. */
  readonly cut: boolean;
}

const hasText = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';

/** The item has more than its reply shows: a Sagsfremstilling, or a field that was cut. */
export const hasMoreText = (item: AgendaItem, cut: boolean): boolean =>
  cut || hasText(item.fields.sagsfremstilling) || item.fields.other.some((f) => hasText(f.text));

/**
 * The buttons an item's kind calls for, while the meeting still takes
 * decisions: B "Start høring" and "Registrér beslutning", D "Start
 * gruppedrøftelse" (answered by the discussions' part) and "Registrér
 * beslutning", O "Taget til efterretning". Once the item has its Beslutning the
 * hearing is behind it: only "Ret beslutning" stays. Plus "Vis
 * sagsfremstilling" / "Vis mere" when there is more to read.
 */
export function itemButtons(locale: Locale, item: AgendaItem, at: ItemActionContext): Button[] {
  const value = itemValue({ meetingId: at.meeting.id, item: formatAgendaNumber(item.number) });
  const buttons: Button[] = [];
  const decided = at.decision !== undefined || hasText(item.fields.beslutning);
  const open = mayRecordDecisions(at.meeting).ok;
  const { kinds } = item;
  const decides = kinds.includes('B') || kinds.includes('D');
  if (open) {
    if (kinds.includes('B') && !decided)
      buttons.push(
        button(
          t(locale, 'meeting.item.start_hearing'),
          meetingActionIds.startHearing,
          value,
          'primary',
        ),
      );
    if (kinds.includes('D') && !decided)
      buttons.push(
        button(t(locale, 'meeting.item.start_discussion'), meetingActionIds.startDiscussion, value),
      );
    if (kinds.includes('O') && !decided)
      buttons.push(
        button(
          t(locale, 'slack.meeting.item.button.note'),
          meetingActionIds.noteItem,
          // The revision this reply shows (0: no decision yet), as Teams sends it: a note
          // over a decision recorded since is refused rather than written over it.
          itemValue({
            meetingId: at.meeting.id,
            item: formatAgendaNumber(item.number),
            revision: 0,
          }),
        ),
      );
    if (decides || decided)
      buttons.push(
        button(
          t(
            locale,
            decided ? 'slack.meeting.item.button.change_decision' : 'meeting.item.record_decision',
          ),
          meetingActionIds.recordDecision,
          value,
        ),
      );
  }
  if (hasMoreText(item, at.cut))
    buttons.push(
      button(
        t(
          locale,
          hasText(item.fields.sagsfremstilling)
            ? 'slack.meeting.item.button.show_sagsfremstilling'
            : 'meeting.chat.show_more',
        ),
        meetingActionIds.showItem,
        value,
      ),
    );
  return buttons;
}

/** "Taget til efterretning af Anne Holm 3. december 2026 kl. 14.02." under a recorded item. */
export function recordedBlock(locale: Locale, at: ItemActionContext): Block | undefined {
  const { decision } = at;
  if (decision === undefined) return undefined;
  const local = localDateTimeOf(new Date(decision.recordedAt), at.timeZone);
  const params = {
    by: escapeMrkdwn(at.decidedBy ?? decision.recordedBy),
    date: longDate(locale, local.slice(0, 10)),
    time: clockTime(locale, local.slice(11)),
  };
  return context(
    t(
      locale,
      decision.noted ? 'slack.meeting.item.noted_by' : 'slack.meeting.item.decided_by',
      params,
    ),
  );
}

/** The actions block of an item's reply, its block id naming the item (unique in the message). */
export function itemActionsBlock(
  locale: Locale,
  item: AgendaItem,
  at: ItemActionContext,
): Block | undefined {
  const buttons = itemButtons(locale, item, at);
  if (buttons.length === 0) return undefined;
  return {
    type: 'actions',
    block_id: `meeting.item.${formatAgendaNumber(item.number)}`.slice(0, 255),
    elements: buttons,
  };
}
