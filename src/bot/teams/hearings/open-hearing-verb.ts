import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { describeFailure, formatDeadline, t } from '../../../i18n/hearings/index.ts';
import { deadlineNote } from '../../present/hearings/deadline-note.ts';
import { defineVerb, type CardAnswer } from '../card-verbs.ts';
import { noticeCard } from '../cards/notice-card.ts';
import { formSender } from '../handlers/form-sender.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import { councilAddress, referenceForPosts, saveCouncilAddress } from '../teams-addresses.ts';
import { openHearingForm, type OpenHearingFormValues } from './open-hearing-form.ts';
import {
  failureErrorsOf,
  inputErrorsOf,
  openHearingInputOf,
  readOpenHearingForm,
} from './read-open-hearing-form.ts';

/**
 * "Opret høring" on the hearing form: every input as text (Teams sends
 * toggles as true/false too); fields it does not know are dropped.
 */
const openHearingData = z.record(z.string(), z.unknown()).transform(readOpenHearingForm);

/** The secretariat's or the chair group's new hearing, from the form; a refusal comes back on the form. */
export const openHearingVerb = defineVerb('openHearing', openHearingData, (kit, context, values) =>
  openHearing(kit, context, values),
);

async function openHearing(
  kit: TeamsKit,
  context: TurnContext,
  values: OpenHearingFormValues,
): Promise<CardAnswer> {
  const speaker = await formSender(
    kit,
    context,
    'hearing.new',
    mayManageHearings,
    'error.not_allowed_to_open',
  );
  if (!('council' in speaker)) return speaker;
  const { council, member } = speaker;
  const locale = council.locale;

  const input = openHearingInputOf(values, council.id, member.id);
  const invalid = inputErrorsOf(locale, input);
  if (invalid) return openHearingForm(council, values, invalid);

  const opened = await kit.deps.useCases.openHearing(input);
  if (!opened.ok) {
    if (opened.code === 'not_allowed_to_open')
      return noticeCard(t(locale, 'hearing.new'), [describeFailure(locale, opened)], 'attention');
    return openHearingForm(council, values, failureErrorsOf(locale, opened));
  }
  const hasChannel = await ensureCouncilChannel(kit, speaker, context);
  const when = formatDeadline(locale, opened.value.deadline, council.timeZone);
  const note = deadlineNote(
    locale,
    await kit.deps.useCases.deadlineDay(council, opened.value.deadline),
  );
  return noticeCard(
    t(locale, 'opened.heading'),
    [
      t(locale, 'teams.opened.body', { title: opened.value.title, when }),
      ...(note ? [note] : []),
      ...(hasChannel ? [] : [t(locale, 'teams.opened.no_channel')]),
    ],
    'good',
  );
}

/**
 * The council needs a conversation for its hearing cards. A hearing opened
 * from a bound channel or group chat, when the council has none yet, makes
 * that conversation the council's.
 */
async function ensureCouncilChannel(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  context: TurnContext,
): Promise<boolean> {
  const existing = await councilAddress(kit.deps.directory, speaker.council.id);
  if (existing) return true;
  const { place } = speaker;
  if (place.scope === 'personal') return false;
  await saveCouncilAddress(kit.deps.directory, speaker.council.id, {
    reference: referenceForPosts(context.activity.getConversationReference()),
    scope: place.scope,
    ...(place.teamId ? { teamId: place.teamId } : {}),
  });
  return true;
}
