import type { Locale } from '../../../domain/council/council.ts';
import { t, textFor } from '../../../i18n/shared/index.ts';
import type { TextCommand } from '../text-commands.ts';
import {
  adaptiveCard,
  heading,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';

/**
 * What Rådsbot understands, in the council's language: "hjælp", then each
 * command's own line in the order given; `unknown` is the text it did not.
 */
export function helpCard(
  locale: Locale,
  commands: readonly Pick<TextCommand, 'help'>[],
  options: { unknown?: string; inChannel?: boolean } = {},
) {
  const body: CardElement[] = [];
  if (options.unknown !== undefined)
    body.push(
      textBlock(t(locale, 'help.unknown', { text: options.unknown }), { color: 'Attention' }),
    );
  body.push(heading(t(locale, 'help.title')), textBlock(t(locale, 'help.intro')));
  const lines = [
    t(locale, 'help.command.help'),
    ...commands.map((command) => textFor(locale, command.help)),
  ];
  body.push(...lines.map((line) => textBlock(`• ${line}`, { spacing: 'Small' })));
  if (options.inChannel)
    body.push(textBlock(t(locale, 'teams.help.channel_hint'), { isSubtle: true }));
  return adaptiveCard(body, { fallbackText: t(locale, 'help.title') }) satisfies AdaptiveCard;
}
