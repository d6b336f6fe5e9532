import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { helpCard } from '../cards/help-card.ts';
import { helpPattern, tidyTypedText, type TextCommand } from '../text-commands.ts';
import { sendCard, sendText, troubleText, type TeamsKit } from './teams-kit.ts';

/**
 * Text typed to the bot (in a channel or group chat after an @mention, which
 * the SDK strips): hjælp/help, or one of the capabilities' commands (ny
 * høring, mine høringer, afbud, tilknyt …); anything else gets the help card.
 */
export function registerMessages(
  app: AgentApplication<TurnState>,
  kit: TeamsKit,
  commands: readonly TextCommand[],
): void {
  app.onActivity('message', async (context) => {
    try {
      await answerMessage(kit, context, commands);
    } catch (error) {
      kit.deps.log.error({ err: error }, 'teams: a message could not be answered');
      await sendText(context, troubleText(undefined, error, kit.deps.defaultLocale));
    }
  });
}

async function answerMessage(
  kit: TeamsKit,
  context: TurnContext,
  commands: readonly TextCommand[],
): Promise<void> {
  const original = tidyTypedText(context.activity.text);
  const normalised = original.toLowerCase();
  const wantsHelp = original === '' || helpPattern.test(normalised);
  const found = wantsHelp ? undefined : firstMatch(commands, normalised, original);
  if (found?.command.who === 'anyone') return found.command.run(kit, context, found.typed);
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return sendText(context, speaker.text);
  if (found?.command.who === 'member') return found.command.run(kit, context, found.typed, speaker);
  const locale = speaker.council.locale;
  const inChannel = speaker.place.scope !== 'personal';
  return sendCard(
    context,
    helpCard(locale, commands, wantsHelp ? { inChannel } : { unknown: original, inChannel }),
  );
}

function firstMatch(commands: readonly TextCommand[], normalised: string, original: string) {
  for (const command of commands) {
    const match = normalised.match(command.pattern);
    if (match) return { command, typed: { original, match } };
  }
  return undefined;
}
