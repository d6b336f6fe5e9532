import type { TurnContext } from '@microsoft/agents-hosting';
import type { TextKey } from '../../i18n/shared/index.ts';
import type { KnownSpeaker, TeamsKit } from './handlers/teams-kit.ts';

/** A message as typed, tidied (`original`, its case kept), and what the command's pattern matched. */
export interface TypedText {
  readonly original: string;
  readonly match: RegExpMatchArray;
}

/**
 * Something a member can type to Rådsbot, in Danish or English. The pattern
 * is matched against the tidied, lower-cased message; `help` is its line in
 * the help card.
 */
export type TextCommand = {
  readonly pattern: RegExp;
  readonly help: TextKey;
} & (
  | {
      /** Run for members of the council bound here; anyone else is told why not. */
      readonly who: 'member';
      run(
        kit: TeamsKit,
        context: TurnContext,
        typed: TypedText,
        speaker: KnownSpeaker,
      ): Promise<void>;
    }
  | {
      /** Run for anyone: the command judges who may (e.g. binding a place to a council). */
      readonly who: 'anyone';
      run(kit: TeamsKit, context: TurnContext, typed: TypedText): Promise<void>;
    }
);

/**
 * Reads a typed message. The SDK has already taken out the bot's own
 * @mention; any other `<at>` mark-up, extra spaces and a closing full stop
 * or exclamation mark are ignored.
 */
export function tidyTypedText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .trim();
}

/** "hjælp" and its spellings; an empty message is a request for help too. */
export const helpPattern = /^(?:hjælp|hjaelp|help|\?)$/;
