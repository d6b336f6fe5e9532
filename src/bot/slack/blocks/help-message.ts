import type { Locale } from '../../../domain/council/council.ts';
import { t, textFor } from '../../../i18n/shared/index.ts';
import type { SlackPart } from '../slack-part.ts';
import { context, section, type SlackMessage } from './block-kit.ts';
import { escapeMrkdwn } from './slack-limits.ts';

/**
 * "/raad hjaelp": every way into Rådsbot from Slack, so no one is left
 * guessing: each capability's lines in the order of `parts`, then how to get
 * this help, then each capability's notes.
 */
export function helpMessage(
  locale: Locale,
  parts: readonly Pick<SlackPart, 'help'>[],
  unknownText?: string,
): SlackMessage {
  const lines = [
    ...parts.flatMap((part) => part.help?.lines ?? []),
    'slack.help.help' as const,
  ].map((key) => `• ${textFor(locale, key)}`);
  const intro =
    unknownText === undefined
      ? []
      : [escapeMrkdwn(t(locale, 'help.unknown', { text: unknownText }))];
  const text = [...intro, `*${t(locale, 'help.title')}*`, t(locale, 'help.intro'), ...lines].join(
    '\n',
  );
  return {
    text: t(locale, 'help.title'),
    blocks: [
      section(text),
      ...parts
        .flatMap((part) => part.help?.notes ?? [])
        .map((key) => context(textFor(locale, key))),
    ],
  };
}
