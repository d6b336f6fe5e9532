import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { holdsSeat, mayManageHearings } from '../../../domain/council/roster.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { absenceForm } from '../council/absence-form.ts';
import { helpCard } from '../cards/help-card.ts';
import { openHearingForm } from '../hearings/open-hearing-form.ts';
import { bindConversation } from '../council/bind-conversation.ts';
import { myHearingsCardFor, ownSeatHearings } from '../hearings/my-hearings.ts';
import { parseCommand } from './parse-command.ts';
import { sendCard, sendText, troubleText, type KnownSpeaker, type TeamsKit } from './teams-kit.ts';

/**
 * Text typed to the bot (in a channel or group chat after an @mention, which
 * the SDK strips): hjælp/help, ny høring/new hearing, mine høringer/my
 * hearings, afbud, tilknyt/bind; anything else gets the help card.
 */
export function registerMessages(app: AgentApplication<TurnState>, kit: TeamsKit): void {
  app.onActivity('message', async (context) => {
    try {
      await answerMessage(kit, context);
    } catch (error) {
      kit.deps.log.error({ err: error }, 'teams: a message could not be answered');
      await sendText(context, troubleText(undefined, error, kit.deps.defaultLocale));
    }
  });
}

async function answerMessage(kit: TeamsKit, context: TurnContext): Promise<void> {
  const command = parseCommand(context.activity.text);
  if (command.kind === 'bind') return bindConversation(kit, context, command.councilId);
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return sendText(context, speaker.text);
  const locale = speaker.council.locale;
  const inChannel = speaker.place.scope !== 'personal';
  switch (command.kind) {
    case 'help':
      return sendCard(context, helpCard(locale, { inChannel }));
    case 'unknown':
      return sendCard(context, helpCard(locale, { unknown: command.text, inChannel }));
    case 'new_hearing':
      return newHearing(kit, context, speaker, command.title);
    case 'my_hearings':
      return sendCard(context, await myHearingsCardFor(kit, speaker));
    case 'absence':
      if (!holdsSeat(speaker.member)) return sendText(context, t(locale, 'error.no_voting_right'));
      return sendCard(context, absenceForm(speaker.council, await ownSeatHearings(kit, speaker)));
  }
}

async function newHearing(
  kit: TeamsKit,
  context: TurnContext,
  speaker: KnownSpeaker,
  title?: string,
) {
  const { council, member } = speaker;
  if (!mayManageHearings(member))
    return sendText(context, t(council.locale, 'error.not_allowed_to_open'));
  const deadline = await kit.deps.useCases.suggestDeadline(council);
  return sendCard(
    context,
    openHearingForm(council, {
      ...(title ? { title } : {}),
      deadlineDate: deadline.date,
      deadlineTime: deadline.time,
    }),
  );
}
