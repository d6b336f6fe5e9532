import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { Failure } from '../../../domain/errors.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import { whenText } from './discussion-card-text.ts';
import { discussionData, knownSpeaker } from './discussion-speaker.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';
import {
  answerField,
  keptWhole,
  notesField,
  summaryCard,
  type SummaryCardOptions,
} from './summary-card.ts';

/** The summary card for its writer, as the group's summary is now. */
async function summaryNow(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  discussionId: string,
  options: SummaryCardOptions = {},
): Promise<CardAnswer> {
  const { council, member } = speaker;
  const draft = await kit.deps.useCases.summaryDraft({
    councilId: council.id,
    discussionId,
    actorId: member.id,
  });
  if (!draft.ok) return describeFailure(council.locale, draft);
  const shown = await kit.deps.useCases.showDiscussion({ councilId: council.id, discussionId });
  return summaryCard(council.locale, draft.value, {
    ...options,
    ...(shown.ok ? { names: shown.value } : {}),
  });
}

/** "Skriv opsamling": the summary card, for the group's writer only. */
async function writeSummary(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof discussionData>,
): Promise<CardAnswer> {
  const speaker = await knownSpeaker(kit, context);
  if (typeof speaker === 'string') return speaker;
  return summaryNow(kit, speaker, data.discussionId);
}

const count = z.number().int().min(0).max(1_000_000);
const saveData = discussionData.extend({
  groupKey: z.string().trim().min(1).max(20),
  revision: count,
  cutAt: count.optional(),
});

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Where a use-case field shows on the card: `answers.1` → the second question's field. */
function cardFieldOf(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const answer = /^answers\.(\d+)/.exec(field);
  if (answer !== null) return answerField(Number(answer[1]));
  return field === 'notes' ? notesField : undefined;
}

/**
 * "Send opsamling": submitSummary at the revision the card was drawn at. A
 * field sent back as its cut prefill keeps the whole stored text. Saved: the
 * card again with a line saying so. Refused: the card with what was typed,
 * the problem under its field (or on top).
 */
async function saveSummary(
  kit: TeamsKit,
  context: TurnContext,
  data: z.infer<typeof saveData>,
): Promise<CardAnswer> {
  const speaker = await knownSpeaker(kit, context);
  if (typeof speaker === 'string') return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const draft = await kit.deps.useCases.summaryDraft({
    councilId: council.id,
    discussionId: data.discussionId,
    actorId: member.id,
  });
  if (!draft.ok) return describeFailure(locale, draft);
  const raw = data as Record<string, unknown>;
  const stored = draft.value.summary;
  const cutAt = data.cutAt ?? Number.MAX_SAFE_INTEGER;
  const answers = draft.value.topic.questions.map((_question, index) =>
    keptWhole(text(raw[answerField(index)]), stored?.answers[index], cutAt),
  );
  const notes = keptWhole(text(raw[notesField]), stored?.notes, cutAt);
  const typed: Record<string, string> = { [notesField]: notes };
  answers.forEach((answer, index) => (typed[answerField(index)] = answer));

  const submitted = await kit.deps.useCases.submitSummary({
    councilId: council.id,
    discussionId: data.discussionId,
    actorId: member.id,
    groupKey: data.groupKey,
    answers,
    notes,
    seenRevision: data.revision,
  });
  if (submitted.ok) {
    const { summary, allIn } = submitted.value;
    const saved = t(locale, 'teams.discussion.summary.saved', {
      group: summary.groupKey,
      revision: summary.revision,
      due: whenText(locale, draft.value.discussion.summariesDue),
    });
    return summaryNow(kit, speaker, data.discussionId, {
      notice: {
        text: allIn ? `${saved} ${t(locale, 'teams.discussion.summary.all_in')}` : saved,
        tone: 'good',
      },
    });
  }
  return refusedSummary(kit, speaker, data.discussionId, submitted, typed);
}

async function refusedSummary(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  discussionId: string,
  failure: Failure,
  typed: Record<string, string>,
): Promise<CardAnswer> {
  const locale = speaker.council.locale;
  const field = cardFieldOf(failure.field);
  const said = describeFailure(locale, failure);
  if (failure.code === 'discussion_changed_meanwhile')
    // What they typed stays; the card now carries the newer revision, so sending again is a choice.
    return summaryNow(kit, speaker, discussionId, {
      values: typed,
      notice: {
        text: `${said} ${t(locale, 'teams.discussion.summary.reloaded')}`,
        tone: 'attention',
      },
    });
  return summaryNow(kit, speaker, discussionId, {
    values: typed,
    ...(field === undefined
      ? { notice: { text: said, tone: 'attention' as const } }
      : { errors: { [field]: said } }),
  });
}

export const summaryVerbs: readonly CardVerb[] = [
  defineVerb(discussionVerbNames.writeSummary, discussionData, writeSummary),
  defineVerb(discussionVerbNames.saveSummary, saveData, saveSummary),
];
