import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import type { Failure } from '../../../domain/errors.ts';
import { itemNumbered } from '../../../domain/meetings/meeting-record.ts';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { draftText, notedText } from '../../present/meetings/decision-wording.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import { openHearingForm } from '../hearings/index.ts';
import { agendaItemCard } from './agenda-item-card.ts';
import { clipText } from './card-text.ts';
import { decisionForm } from './decision-form.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** What every item button carries: the meeting and the item's number as printed ("2.1"). */
const itemData = z.object({
  meetingId: z.string().trim().min(1).max(200),
  item: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d{1,2}){0,5}$/),
});
type ItemData = z.infer<typeof itemData>;
/** A revision as a card carries it: a whole number the card was drawn (or the form opened) at. */
const revision = z.number().int().min(0).max(1_000_000);

/** The hearing form holds this much of an Indstilling as its proposal. */
const proposalMax = 2_500;
const hearingTitleMax = 150;

/**
 * Who clicked, if they may act on the agenda: the secretariat or the chair
 * group. Anyone else is told in a line, and the card they clicked stays.
 */
async function manager(kit: TeamsKit, context: TurnContext): Promise<KnownSpeaker | string> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return speaker.text;
  if (!mayManageHearings(speaker.member))
    return describeFailure(speaker.council.locale, { code: 'not_allowed_to_manage_meetings' });
  return speaker;
}

const notFound = (item: string): Failure => ({
  ok: false,
  code: 'decision_item_not_found',
  field: 'itemNumber',
  params: { item },
});

/**
 * The item's card as it is now, with a line on top for the person who acted,
 * so their view of the thread comes back at once (the shared card follows
 * with the agenda's refresh); a line of text when it cannot be loaded.
 */
async function itemCardAfter(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  data: ItemData,
  notice: string,
): Promise<CardAnswer> {
  const { council } = speaker;
  const shown = await kit.deps.useCases.showMeeting({
    councilId: council.id,
    meetingId: data.meetingId,
  });
  const item = shown.ok ? itemNumbered(shown.value, data.item) : undefined;
  if (!shown.ok || item === undefined) return notice;
  const decision = shown.value.decisions.find((candidate) => candidate.item === data.item);
  return agendaItemCard(council.locale, item, {
    meetingId: data.meetingId,
    status: shown.value.meeting.status,
    ...(decision === undefined ? {} : { decision }),
    notice: { text: notice, tone: 'good' },
  });
}

/** "Start høring": the hearing form, prefilled from the item and linked to it. */
async function startHearing(
  kit: TeamsKit,
  context: TurnContext,
  data: ItemData,
): Promise<CardAnswer> {
  const speaker = await manager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council } = speaker;
  const locale = council.locale;
  const shown = await kit.deps.useCases.showMeeting({
    councilId: council.id,
    meetingId: data.meetingId,
  });
  if (!shown.ok) return describeFailure(locale, shown);
  const item = itemNumbered(shown.value, data.item);
  if (item === undefined) return describeFailure(locale, notFound(data.item));
  const deadline = await kit.deps.useCases.suggestDeadline(council);
  const proposal = item.fields.indstilling ?? item.fields.sagenKort?.text ?? item.title;
  return openHearingForm(
    council,
    {
      title: clipText(item.title.trim(), hearingTitleMax),
      proposal: clipText(proposal.trim(), proposalMax),
      agendaItem: data.item,
      meetingId: data.meetingId,
      deadlineDate: deadline.date,
      deadlineTime: deadline.time,
    },
    {},
    {
      note: t(locale, 'teams.meeting.hearing.linked', {
        item: data.item,
        title: shown.value.meeting.title,
      }),
    },
  );
}

/** "Registrér beslutning": the decision form, prefilled from decisionDraft. */
async function openDecisionForm(
  kit: TeamsKit,
  context: TurnContext,
  data: ItemData,
): Promise<CardAnswer> {
  const speaker = await manager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const locale = speaker.council.locale;
  const draft = await kit.deps.useCases.decisionDraft({
    councilId: speaker.council.id,
    actorId: speaker.member.id,
    meetingId: data.meetingId,
    itemNumber: data.item,
  });
  if (!draft.ok) return describeFailure(locale, draft);
  return decisionForm(locale, draft.value, {
    text: draftText(locale, draft.value),
    revision: draft.value.revision,
  });
}

const saveData = itemData.extend({ revision, decisionText: cardText });

/**
 * "Gem beslutning": recordDecision at the revision the form was opened at.
 * Saved: the item's card with the decision. Someone changed it meanwhile:
 * the form again, saying who and what it says now, the secretary's text
 * kept in the field and the current revision under the button.
 */
async function saveDecision(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof saveData>,
): Promise<CardAnswer> {
  const speaker = await manager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const where = {
    councilId: council.id,
    actorId: member.id,
    meetingId: data.meetingId,
    itemNumber: data.item,
  };
  const text = data.decisionText ?? '';
  const recorded =
    text === ''
      ? ({
          ok: false,
          code: 'invalid_input',
          field: 'text',
          params: { problem: 'required' },
        } as const)
      : await kit.deps.useCases.recordDecision({ ...where, text, seenRevision: data.revision });
  if (recorded.ok)
    return itemCardAfter(
      kit,
      speaker,
      data,
      t(locale, 'teams.meeting.decision.saved', {
        item: data.item,
        revision: recorded.value.decision.revision,
      }),
    );
  const draft = await kit.deps.useCases.decisionDraft(where);
  if (!draft.ok) return describeFailure(locale, recorded);
  if (recorded.code === 'decision_changed_meanwhile')
    return decisionForm(locale, draft.value, {
      text,
      revision: draft.value.revision,
      problems: [describeFailure(locale, recorded), t(locale, 'teams.meeting.decision.reapply')],
    });
  if (recorded.code === 'invalid_input')
    return decisionForm(locale, draft.value, {
      text,
      revision: data.revision,
      problems: [
        describeFailure(
          locale,
          // The use case names its input `text`; on this form it is the Beslutning field.
          recorded.field === 'text' ? { ...recorded, field: 'decisionText' } : recorded,
        ),
      ],
    });
  return describeFailure(locale, recorded);
}

const noteData = itemData.extend({ revision: revision.optional() });

/** "Taget til efterretning": noteItem, in the council's words, at the revision the card showed. */
async function noteItem(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof noteData>,
): Promise<CardAnswer> {
  const speaker = await manager(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const noted = await kit.deps.useCases.noteItem({
    councilId: council.id,
    actorId: member.id,
    meetingId: data.meetingId,
    itemNumber: data.item,
    text: notedText(locale),
    ...(data.revision === undefined ? {} : { seenRevision: data.revision }),
  });
  if (!noted.ok) return describeFailure(locale, noted);
  return itemCardAfter(
    kit,
    speaker,
    data,
    t(locale, 'teams.meeting.noted.done', {
      item: data.item,
      revision: noted.value.decision.revision,
    }),
  );
}

/** The buttons on an agenda item's card, and the decision form's submit. */
export const itemVerbs: readonly CardVerb[] = [
  defineVerb(meetingVerbNames.startHearing, itemData, startHearing),
  defineVerb(meetingVerbNames.recordDecision, itemData, openDecisionForm),
  defineVerb(meetingVerbNames.saveDecision, saveData, saveDecision),
  defineVerb(meetingVerbNames.noteItem, noteData, noteItem),
];
