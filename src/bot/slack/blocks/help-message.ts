import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { context, section, type SlackMessage } from './block-kit.ts';
import { escapeMrkdwn } from './slack-limits.ts';

/** "/raad hjaelp": every way into Rådsbot from Slack, so no one is left guessing. */
export function helpMessage(locale: Locale, unknownText?: string): SlackMessage {
  const lines = (
    [
      'slack.help.hoering',
      'slack.help.new',
      'slack.help.mine',
      'slack.help.absence',
      'slack.help.help',
    ] as const
  ).map((key) => `• ${t(locale, key)}`);
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
      context(t(locale, 'slack.help.shortcut')),
      context(t(locale, 'slack.help.home')),
    ],
  };
}
