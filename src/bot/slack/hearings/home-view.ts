import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { Council, Locale } from '../../../domain/council/council.ts';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import { actionIds } from '../hearings/hearing-ids.ts';
import {
  button,
  context,
  divider,
  header,
  section,
  type Block,
  type HomeView,
} from '../blocks/block-kit.ts';
import type { JustDone } from '../../present/hearings/viewer-stance.ts';
import { hearingCard, hearingCardMaxBlocks } from './hearing-card.ts';
import { escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';

/** What a click in the tab did to one hearing: said on that hearing's card, once. */
export interface HearingNote {
  readonly hearingId: string;
  readonly justDone: JustDone;
}

export type HomeContent =
  | {
      readonly kind: 'member';
      readonly council: Council;
      /** Open hearings, soonest deadline first, each seen by this member. */
      readonly hearings: readonly HearingView[];
      /** How many open hearings there are in all, when only the first ones were loaded. */
      readonly total?: number;
      /** Secretariat and chair group get a "Ny høring" button. */
      readonly canOpen: boolean;
      /** A line on top about what just happened (a form opened, a failure) after a click in Home. */
      readonly banner?: string;
      /** What a click in the tab did to one of these hearings: said on its card, once. */
      readonly note?: HearingNote;
      /** Other capabilities' blocks, shown above the hearings; the hearings shown shrink to fit. */
      readonly sections?: readonly Block[];
    }
  /** Someone we cannot show hearings to: not on the roster, workspace not bound. */
  | { readonly kind: 'notice'; readonly locale: Locale; readonly text: string };

/** Cards that fit in a Home tab next to the header, deadlines and footer (100 blocks). */
export const homeMaxHearings = 20;
const deadlineLines = 10;
/** Blocks around the cards: header, banner, tools, intro, "more", divider, deadlines, footer, and the divider under the sections. */
const blocksAroundCards = 9;
/** A card and the divider before it. */
const blocksPerCard = hearingCardMaxBlocks + 1;

/** How many hearing cards still fit in the tab beside `sectionBlocks` blocks of other sections. */
const cardsThatFit = (sectionBlocks: number): number =>
  Math.max(
    0,
    Math.min(
      homeMaxHearings,
      Math.floor((slackLimits.viewBlocks - blocksAroundCards - sectionBlocks) / blocksPerCard),
    ),
  );

/** The App Home tab: the member's open hearings with their answer and buttons, and what is due next. */
export function homeView(content: HomeContent): HomeView {
  if (content.kind === 'notice') {
    return {
      type: 'home',
      blocks: [header(t(content.locale, 'slack.home.title')), section(escapeMrkdwn(content.text))],
    };
  }
  const locale = content.council.locale;
  const blocks: Block[] = [header(t(locale, 'slack.home.title'))];
  const sections = content.sections ?? [];
  const room = cardsThatFit(sections.length);
  const shown = content.hearings.slice(0, room);
  const { note, banner } = content;
  if (banner) blocks.push(section(`*${escapeMrkdwn(banner)}*`));
  if (sections.length > 0) blocks.push(...sections, divider());
  if (content.canOpen) {
    blocks.push({
      type: 'actions',
      block_id: 'home.tools',
      elements: [button(t(locale, 'hearing.new'), actionIds.newHearing, 'home', 'primary')],
    });
  }
  if (content.hearings.length === 0) {
    blocks.push(section(t(locale, 'slack.home.empty')));
  } else {
    blocks.push(
      context(escapeMrkdwn(t(locale, 'slack.home.intro', { council: content.council.name }))),
    );
    for (const view of shown)
      blocks.push(
        divider(),
        ...hearingCard(
          view,
          note?.hearingId === view.hearing.id ? { justDone: note.justDone } : {},
        ),
      );
    const more =
      Math.max(content.total ?? 0, content.hearings.length) -
      Math.min(content.hearings.length, room);
    if (more > 0) blocks.push(context(t(locale, 'slack.home.more', { count: more })));
    const due = content.hearings.slice(0, deadlineLines).map((view) =>
      escapeMrkdwn(
        t(locale, 'slack.home.deadline_line', {
          when: formatDeadline(locale, view.hearing.deadline, content.council.timeZone),
          title: view.hearing.title,
        }),
      ),
    );
    blocks.push(
      divider(),
      section(
        `*${t(locale, 'slack.home.deadlines')}*\n${due.map((line) => `• ${line}`).join('\n')}`,
      ),
    );
  }
  blocks.push(context(t(locale, 'slack.home.footer')));
  return { type: 'home', blocks: blocks.slice(0, slackLimits.viewBlocks) };
}
