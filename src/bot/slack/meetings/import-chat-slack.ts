import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { pasteAgendaCommand, registerImportListeners } from './import-listeners.ts';
import { newMeetingCommand, registerNewMeetingListeners } from './new-meeting-listeners.ts';

/** Getting a meeting and its agenda in from Slack: a shared file, pasted text, the empty form. */
export function registerImportChat(app: App, deps: SlackDeps): void {
  registerImportListeners(app, deps);
  registerNewMeetingListeners(app, deps);
}

export const importChatRaadCommands: readonly RaadSubcommand[] = [
  pasteAgendaCommand,
  newMeetingCommand,
];
