import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import { presentHearing } from '../../present/hearings/hearing-presentation.ts';
import {
  context,
  header,
  section,
  userSection,
  type Block,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { voteButtons } from './vote-buttons.ts';

/**
 * The hearing's message in the council's channel: the same texts as the
 * Teams card and the CLI (presentHearing), laid out in Block Kit. It shows no
 * viewer's ballot (everyone sees the same message); each voter gets their own
 * confirmation ephemerally.
 */
export function hearingMessage(view: HearingView): SlackMessage {
  const shown = presentHearing(view);
  const locale = view.council.locale;
  const facts = [shown.agendaItem, shown.mode, shown.deadline].filter((part) => part !== undefined);
  const blocks: Block[] = [
    header(shown.title),
    context(escapeMrkdwn(facts.join(' · '))),
    userSection(shown.proposal),
  ];
  if (shown.explainer) blocks.push(context(shown.explainer));
  if (shown.outcome) {
    blocks.push(section(`*${t(locale, 'hearing.outcome', { outcome: shown.outcome })}*`));
  }
  if (view.hearing.state === 'cancelled') blocks.push(section(`*${shown.state}*`));
  blocks.push(context(shown.counts));
  blocks.push(
    context(
      escapeMrkdwn(shown.rulesSummary),
      ...(shown.closedNote ? [escapeMrkdwn(shown.closedNote)] : []),
    ),
  );
  if (shown.isOpen) {
    blocks.push(...voteButtons(locale, shown));
    blocks.push(context(t(locale, 'slack.hearing.how_to')));
  }
  const when = formatDeadline(locale, view.hearing.deadline, view.council.timeZone);
  const text =
    view.hearing.state === 'cancelled'
      ? t(locale, 'hearing.cancelled', { title: shown.title })
      : shown.outcome
        ? t(locale, 'hearing.closed', { title: shown.title, outcome: shown.outcome })
        : `${t(locale, 'hearing.opened', { title: shown.title })} — ${t(locale, 'hearing.deadline', { when })}`;
  // The fallback text is mrkdwn for notifications too: a title must not ping anyone.
  return { text: escapeMrkdwn(text), blocks };
}
