import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { unansweredLine } from '../../present/hearings/manage-presentation.ts';
import { actionIds, hearingManageBlockId } from '../hearings/hearing-ids.ts';
import { button, context, type Block } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';

/**
 * Under a hearing in /raad mine, for the secretariat and the chair group
 * only: who has not answered, then "Påmind nu" and "Luk høringen nu" in a
 * block of their own — never in the vote buttons' row, and neither styled:
 * closing opens a confirmation first. Two blocks.
 */
export function manageBlocks(view: HearingView): Block[] {
  const viewer = view.viewer?.member;
  if (viewer === undefined || !mayManageHearings(viewer) || view.hearing.state !== 'open')
    return [];
  const locale = view.council.locale;
  const hearingId = view.hearing.id;
  return [
    context(`*${t(locale, 'manage.heading')}*`, escapeMrkdwn(unansweredLine(locale, view))),
    {
      type: 'actions',
      block_id: hearingManageBlockId(hearingId),
      elements: [
        button(t(locale, 'manage.remind_now'), actionIds.remindNow, hearingId),
        button(t(locale, 'manage.close_now'), actionIds.closeNow, hearingId),
      ],
    },
  ];
}
