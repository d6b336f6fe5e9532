import type { HearingView } from '../../../app/view-hearing.ts';
import { presentHearing } from '../../present/hearing-presentation.ts';
import { context, section, type Block } from './block-kit.ts';
import { escapeMrkdwn } from './slack-limits.ts';
import { voteButtons } from './vote-buttons.ts';

/**
 * One hearing as one viewer sees it (App Home, /raad mine, a reminder DM):
 * title, deadline, their own answer, the counts and the buttons, with their
 * current answer highlighted. At most 4 blocks, so pages of them stay within
 * Slack's block limits.
 */
export function hearingCard(view: HearingView): Block[] {
  const shown = presentHearing(view);
  const facts = [shown.agendaItem, shown.deadline].filter((part) => part !== undefined);
  const blocks: Block[] = [
    section(`*${escapeMrkdwn(shown.title)}*\n${escapeMrkdwn(facts.join(' · '))}`),
    context(
      ...[shown.yourBallot, shown.counts].filter((line): line is string => line !== undefined),
    ),
  ];
  if (view.viewer?.canVote) {
    blocks.push(...voteButtons(view.council.locale, shown, view.viewer.ballot?.choice));
  }
  return blocks;
}

/** Blocks a single hearing card can take; pages are cut to fit. */
export const hearingCardMaxBlocks = 3;
