import type { App } from '@slack/bolt';
import { helpMessage } from '../blocks/help-message.ts';
import { identifySlackUser } from '../identify-slack-user.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { SlackPart } from '../slack-part.ts';
import { parseRaadCommand } from './parse-raad-command.ts';
import { ephemeralTo } from './reply.ts';

/**
 * /raad hjaelp and every capability's subcommand (/raad ny, mine, afbud …).
 * Acked at once (an empty 200) and answered afterwards: a modal through
 * views.open, text through the command's response_url, only to the one who
 * typed it.
 */
export function registerRaadCommand(app: App, deps: SlackDeps, parts: readonly SlackPart[]): void {
  const subcommands = parts.flatMap((part) => part.raadCommands ?? []);
  app.command('/raad', async ({ ack, command, client }) => {
    await ack();
    const tell = ephemeralTo(command.response_url);
    const parsed = parseRaadCommand(command.text, subcommands);
    const subcommand = subcommands.find((candidate) => candidate.kind === parsed.kind);
    if (subcommand !== undefined) {
      // The parsed command holds the rest of the line under the subcommand's argument name.
      const fields: Readonly<Record<string, string | undefined>> = parsed;
      const argument = subcommand.argument === undefined ? undefined : fields[subcommand.argument];
      return subcommand.run(deps, { command, client, tell, text: argument ?? '' });
    }
    // Help works for everyone, in the council's language when we know the council.
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    const locale = who.ok ? who.council.locale : who.locale;
    const unknown = parsed.kind === 'unknown' ? String(parsed['text']) : undefined;
    await tell(helpMessage(locale, parts, unknown));
    if (!who.ok) await tell(who.text);
  });
}
