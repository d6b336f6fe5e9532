import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { presentHearing } from '../../present/hearings/hearing-presentation.ts';
import { viewerStance, type JustDone } from '../../present/hearings/viewer-stance.ts';
import { context, section, type Block } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { voteButtons } from './vote-buttons.ts';

export interface HearingCardOptions {
  /** The viewer's click this card answers (in the Home tab): its line replaces the standing line. */
  readonly justDone?: JustDone;
  /** The message says where the viewer stands itself (a reminder's opening sentence). */
  readonly withoutStanceLine?: boolean;
}

/**
 * One hearing as one viewer sees it (App Home, /raad mine, a reminder DM):
 * title, deadline, one line on where they stand (viewerStance), the counts,
 * and the buttons only when they may answer, their current answer
 * highlighted. At most 3 blocks, so pages of them stay within Slack's limits.
 */
export function hearingCard(view: HearingView, options: HearingCardOptions = {}): Block[] {
  const shown = presentHearing(view);
  const stance = viewerStance(view, options.justDone);
  const facts = [shown.agendaItem, shown.deadline].filter((part) => part !== undefined);
  const line =
    options.withoutStanceLine || stance.line === undefined
      ? undefined
      : // What just happened stands out; where one stands otherwise reads as a note.
        stance.tone === 'plain'
        ? escapeMrkdwn(stance.line)
        : `*${escapeMrkdwn(stance.line)}*`;
  const blocks: Block[] = [
    section(`*${escapeMrkdwn(shown.title)}*\n${escapeMrkdwn(facts.join(' · '))}`),
    context(...[line, shown.counts].filter((part): part is string => part !== undefined)),
  ];
  if (view.viewer !== undefined && stance.mayVote) {
    blocks.push(...voteButtons(view.council.locale, shown, view.viewer.ballot?.choice));
  }
  return blocks;
}

/** Blocks a single hearing card can take; pages are cut to fit. */
export const hearingCardMaxBlocks = 3;
