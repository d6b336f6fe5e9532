import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { cardText, defineVerb, type CardAnswer } from '../card-verbs.ts';
import { noticeCard } from '../cards/notice-card.ts';
import { sendCard, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TextCommand } from '../text-commands.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';
import { confirmPublishCard, publishableMeetingsCard } from './publish-agenda-card.ts';

/** "offentliggør": the secretariat's upcoming meetings with an agenda, as a card. */
export const publishAgendaCommand: TextCommand = {
  pattern:
    /^(?:offentliggør|offentliggoer|offentliggor|publicer|publish)(?: dagsorden(?:en)?| agenda)?$/,
  help: 'publish.chat.help_teams',
  who: 'member',
  async run(kit, context, _typed, { council, member }) {
    const listed = await kit.deps.useCases.listPublishableMeetings({
      councilId: council.id,
      actorId: member.id,
    });
    if (!listed.ok)
      return sendCard(
        context,
        noticeCard(
          t(council.locale, 'publish.chat.heading'),
          [describeFailure(council.locale, listed)],
          'attention',
        ),
      );
    return sendCard(context, publishableMeetingsCard(council.locale, listed.value));
  },
};

const publishData = z.looseObject({
  meetingId: cardText,
  confirmed: z
    .unknown()
    .optional()
    .transform((value) => value === true || value === 'true'),
});

/**
 * "Offentliggør dagsorden" asks first; "Ja, offentliggør" publishes: the use
 * case checks the role and the meeting (the council from who clicked), posts
 * the overview through the outbox and plans the reminders.
 */
async function publish(
  kit: TeamsKit,
  context: TurnContext,
  { meetingId, confirmed }: z.output<typeof publishData>,
): Promise<CardAnswer> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return speaker.text;
  const { council, member } = speaker;
  const locale = council.locale;
  const title = t(locale, 'publish.chat.heading');
  const refused = (failure: Parameters<typeof describeFailure>[1]) =>
    noticeCard(title, [describeFailure(locale, failure)], 'attention');
  if (!confirmed) {
    // Asked only of those who may, about a meeting that can still go out.
    const listed = await kit.deps.useCases.listPublishableMeetings({
      councilId: council.id,
      actorId: member.id,
    });
    if (!listed.ok) return refused(listed);
    const record = listed.value.find((candidate) => candidate.meeting.id === meetingId);
    if (record === undefined) return refused({ code: 'meeting_not_found', field: 'meetingId' });
    return confirmPublishCard(locale, record);
  }
  const published = await kit.deps.useCases.publishAgenda({
    councilId: council.id,
    actorId: member.id,
    meetingId: meetingId ?? '',
  });
  if (!published.ok) return refused(published);
  const { record, again, reminders } = published.value;
  const params = { title: record.meeting.title, reminders: reminders.length };
  return noticeCard(
    title,
    [t(locale, again ? 'publish.chat.done_again' : 'publish.chat.done', params)],
    'good',
  );
}

async function cancel(kit: TeamsKit, context: TurnContext): Promise<CardAnswer> {
  const speaker = await kit.speaker(context.activity);
  const locale = speaker.ok ? speaker.council.locale : speaker.locale;
  return noticeCard(t(locale, 'publish.chat.heading'), [t(locale, 'publish.chat.cancelled')]);
}

export const publishAgendaVerbs = [
  defineVerb(meetingVerbNames.publishAgenda, publishData, publish),
  defineVerb(meetingVerbNames.cancelPublishAgenda, z.unknown(), (kit, context) =>
    cancel(kit, context),
  ),
];
