import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/hearings/index.ts';
import {
  adaptiveCard,
  heading,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';

/** What Rådsbot understands, in the council's language; `unknown` is the text it did not. */
export function helpCard(locale: Locale, options: { unknown?: string; inChannel?: boolean } = {}) {
  const body: CardElement[] = [];
  if (options.unknown !== undefined)
    body.push(
      textBlock(t(locale, 'help.unknown', { text: options.unknown }), { color: 'Attention' }),
    );
  body.push(heading(t(locale, 'help.title')), textBlock(t(locale, 'help.intro')));
  const commands = [
    t(locale, 'help.command.help'),
    t(locale, 'help.command.new'),
    t(locale, 'help.command.mine'),
    t(locale, 'help.command.absence'),
    t(locale, 'teams.help.bind'),
  ];
  body.push(...commands.map((line) => textBlock(`• ${line}`, { spacing: 'Small' })));
  if (options.inChannel)
    body.push(textBlock(t(locale, 'teams.help.channel_hint'), { isSubtle: true }));
  return adaptiveCard(body, { fallbackText: t(locale, 'help.title') }) satisfies AdaptiveCard;
}
