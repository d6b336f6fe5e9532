import type { Locale } from '../../../domain/council/council.ts';
import type { AgendaItem, ItemKind } from '../../../domain/meetings/agenda-item.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import type { Decision } from '../../../domain/meetings/decision.ts';
import type { MeetingStatus } from '../../../domain/meetings/meeting.ts';
import { t, type MessageKey } from '../../../i18n/meetings/index.ts';
import {
  itemOfKey,
  type PublishedAgendaView,
} from '../../present/meetings/meeting-notice-plans.ts';
import { itemHeadingText } from '../../present/meetings/minutes/item-headings.ts';
import {
  adaptiveCard,
  execute,
  textBlock,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
} from '../cards/adaptive-card.ts';
import { cardBytes, clipText, markdownLink } from './card-text.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/**
 * Teams takes a message of up to about 28 KB of card comfortably (the
 * connector's hard limit is higher, but 40 cards of that size in one thread
 * already read badly). Every item card is measured against this.
 */
export const itemCardMaxBytes = 28_000;
/** How much of a field shows before "Vis mere": a thread of 40 items reads better with less. */
export const fieldShownMax = 600;
/** Bilag listed on the card; an agenda with more lists the rest in the document. */
const attachmentsMax = 30;
const attachmentTitleMax = 200;
/** The whole of a long text (behind "Vis mere"), first tried at this length, then halved until the card fits. */
const fullTextFirstMax = 24_000;

/** What the item's card needs besides the item: the meeting, its state and the decision recorded. */
export interface ItemCardContext {
  readonly meetingId: string;
  readonly status: MeetingStatus;
  readonly decision?: Decision;
  /** A line on top for the person who just acted ("Beslutningen er gemt"). */
  readonly notice?: { readonly text: string; readonly tone: 'good' | 'attention' };
}

const kindNames = (locale: Locale, kinds: readonly ItemKind[]) =>
  kinds.map((kind) => t(locale, `teams.meeting.kind.${kind}` as MessageKey)).join(', ');

/**
 * A labelled field: its start, and when it is longer, the rest in a hidden
 * container that "Vis mere" shows (cut at `fullMax` with a note when even
 * that is too long for the card).
 */
function field(
  id: string,
  label: string,
  text: string,
  locale: Locale,
  fullMax: number,
  options: { color?: 'Good' } = {},
): CardElement[] {
  const whole = text.trim();
  const elements: CardElement[] = [
    textBlock(label, {
      weight: 'Bolder',
      spacing: 'Medium',
      ...(options.color ? { color: options.color } : {}),
    }),
  ];
  if ([...whole].length <= fieldShownMax) {
    elements.push(textBlock(whole, { spacing: 'Small' }));
    return elements;
  }
  const fullId = `${id}-full`;
  const shortId = `${id}-short`;
  const full = clipText(whole, fullMax);
  elements.push(
    {
      type: 'Container',
      id: shortId,
      spacing: 'Small',
      items: [textBlock(clipText(whole, fieldShownMax), { spacing: 'None' })],
    },
    {
      type: 'Container',
      id: fullId,
      isVisible: false,
      spacing: 'Small',
      items: [
        textBlock(full, { spacing: 'None' }),
        ...(full === whole
          ? []
          : [
              textBlock(t(locale, 'teams.meeting.item.cut'), {
                isSubtle: true,
                size: 'Small' as const,
              }),
            ]),
      ],
    },
    toggle(t(locale, 'meeting.chat.show_more'), [shortId, fullId]),
  );
  return elements;
}

function toggle(title: string, targets: readonly string[]): CardElement {
  return {
    type: 'ActionSet',
    spacing: 'None',
    actions: [{ type: 'Action.ToggleVisibility', title, targetElements: targets }],
  };
}

function attachments(locale: Locale, item: AgendaItem): CardElement[] {
  const { bilag } = item.fields;
  if (bilag.length === 0) return [];
  const lines = bilag
    .slice(0, attachmentsMax)
    .map(
      (attachment) =>
        `- ${markdownLink(clipText(attachment.title, attachmentTitleMax), attachment.link)}`,
    );
  const elements = [
    textBlock(t(locale, 'meeting.minutes.attachments'), { weight: 'Bolder', spacing: 'Medium' }),
    textBlock(lines.join('\n'), { spacing: 'Small' }),
  ];
  if (bilag.length > attachmentsMax)
    elements.push(
      textBlock(
        t(locale, 'teams.meeting.item.more_attachments', { count: bilag.length - attachmentsMax }),
        {
          isSubtle: true,
          size: 'Small',
        },
      ),
    );
  return elements;
}

/** "Vis sagsfremstilling": the whole case presentation in a hidden container. */
function caseText(locale: Locale, text: string, fullMax: number): CardElement[] {
  const whole = text.trim();
  const full = clipText(whole, fullMax);
  return [
    toggle(t(locale, 'teams.meeting.item.show_case'), ['sagsfremstilling']),
    {
      type: 'Container',
      id: 'sagsfremstilling',
      isVisible: false,
      items: [
        textBlock(t(locale, 'meeting.field.sagsfremstilling'), { weight: 'Bolder' }),
        textBlock(full, { spacing: 'Small' }),
        ...(full === whole
          ? []
          : [
              textBlock(t(locale, 'teams.meeting.item.cut'), {
                isSubtle: true,
                size: 'Small' as const,
              }),
            ]),
      ],
    },
  ];
}

const hasBeslutning = (item: AgendaItem): boolean =>
  item.fields.beslutning !== undefined && item.fields.beslutning.trim() !== '';

/**
 * The buttons an item's kinds call for: B "Start høring" and "Registrér
 * beslutning", D "Start gruppedrøftelse" (answered by the discussions' part)
 * and "Registrér beslutning", O "Taget til efterretning" until it is. Once the
 * item has its Beslutning, "Start høring" goes and "Ret beslutning" stays,
 * as in Slack. None once the meeting is cancelled or its minutes approved.
 */
function itemActions(locale: Locale, item: AgendaItem, context: ItemCardContext): ExecuteAction[] {
  if (context.status === 'cancelled' || context.status === 'minutes_approved') return [];
  const data = { meetingId: context.meetingId, item: formatAgendaNumber(item.number) };
  const actions: ExecuteAction[] = [];
  // As in Slack: once the item has its Beslutning the hearing is behind it, and the decision is corrected.
  const decided = context.decision !== undefined || hasBeslutning(item);
  if (item.kinds.includes('B') && !decided)
    actions.push(
      execute(t(locale, 'meeting.item.start_hearing'), meetingVerbNames.startHearing, data),
    );
  if (item.kinds.includes('D') && !decided)
    actions.push(
      execute(t(locale, 'meeting.item.start_discussion'), meetingVerbNames.startDiscussion, data),
    );
  if (item.kinds.includes('B') || item.kinds.includes('D') || decided)
    actions.push(
      execute(
        t(
          locale,
          decided ? 'slack.meeting.item.button.change_decision' : 'meeting.item.record_decision',
        ),
        meetingVerbNames.recordDecision,
        data,
      ),
    );
  if (item.kinds.includes('O') && context.decision?.noted !== true)
    actions.push(
      execute(t(locale, 'teams.meeting.item.note'), meetingVerbNames.noteItem, {
        ...data,
        // The revision this card shows: a note over a change not yet seen is refused.
        revision: context.decision?.revision ?? 0,
      }),
    );
  return actions;
}

function itemCardAt(
  locale: Locale,
  item: AgendaItem,
  context: ItemCardContext,
  fullMax: number,
): AdaptiveCard {
  const heading = clipText(itemHeadingText(locale, item), 500);
  const body: CardElement[] = [];
  if (context.notice)
    body.push(
      textBlock(context.notice.text, {
        color: context.notice.tone === 'good' ? 'Good' : 'Attention',
        weight: 'Bolder',
      }),
    );
  body.push(textBlock(heading, { size: 'Medium', weight: 'Bolder' }));
  const facts: string[] = [];
  if (item.kinds.length > 0)
    facts.push(t(locale, 'teams.meeting.item.kinds', { kinds: kindNames(locale, item.kinds) }));
  if (item.presenters.length > 0)
    facts.push(
      t(locale, 'teams.meeting.item.presenters', {
        names: clipText(item.presenters.join(', '), 500),
      }),
    );
  if (facts.length > 0)
    body.push(textBlock(facts.join(' · '), { isSubtle: true, spacing: 'None' }));

  const { fields } = item;
  const has = (text: string | undefined): text is string =>
    text !== undefined && text.trim() !== '';
  if (fields.sagenKort !== undefined && has(fields.sagenKort.text))
    body.push(
      ...field(
        'sagen-kort',
        t(
          locale,
          fields.sagenKort.label === 'Anledning'
            ? 'meeting.field.anledning'
            : 'meeting.field.sagen_kort',
        ),
        fields.sagenKort.text,
        locale,
        fullMax,
      ),
    );
  if (has(fields.indstilling))
    body.push(
      ...field(
        'indstilling',
        t(locale, 'meeting.field.indstilling'),
        fields.indstilling,
        locale,
        fullMax,
      ),
    );
  if (has(fields.beslutning))
    body.push(
      ...field(
        'beslutning',
        t(locale, 'meeting.field.beslutning'),
        fields.beslutning,
        locale,
        fullMax,
        {
          color: 'Good',
        },
      ),
    );
  body.push(...attachments(locale, item));
  if (has(fields.sagsfremstilling))
    body.push(...caseText(locale, fields.sagsfremstilling, fullMax));
  return adaptiveCard(body, { actions: itemActions(locale, item, context), fallbackText: heading });
}

/**
 * One agenda item as a card in the overview's thread: number, title and
 * kinds, presenters, Sagen kort (or Anledning) and Indstilling, the
 * Beslutning once recorded, Bilag as links, the Sagsfremstilling behind
 * "Vis sagsfremstilling", and the buttons of its kinds. Long text shows its
 * start and the rest behind "Vis mere"; the whole card is measured and the
 * hidden texts cut until it fits in itemCardMaxBytes — never refused.
 */
export function agendaItemCard(
  locale: Locale,
  item: AgendaItem,
  context: ItemCardContext,
): AdaptiveCard {
  let fullMax = fullTextFirstMax;
  let card = itemCardAt(locale, item, context, fullMax);
  while (cardBytes(card) > itemCardMaxBytes && fullMax > fieldShownMax) {
    fullMax = Math.max(fieldShownMax, Math.floor(fullMax / 2));
    card = itemCardAt(locale, item, context, fullMax);
  }
  return card;
}

/** The item card a thread key names, from the agenda as it is now. */
export function agendaItemCardOf(key: string, view: PublishedAgendaView): AdaptiveCard {
  const item = itemOfKey(view, key);
  const number = formatAgendaNumber(item.number);
  const decision = view.meeting.decisions.find((candidate) => candidate.item === number);
  return agendaItemCard(view.council.locale, item, {
    meetingId: view.meeting.meeting.id,
    status: view.meeting.meeting.status,
    ...(decision === undefined ? {} : { decision }),
  });
}
