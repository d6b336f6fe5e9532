import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { mayManageHearings } from '../../../domain/council/roster.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { unansweredLine } from '../../present/hearings/manage-presentation.ts';
import { actionSet, execute, textBlock, type CardElement } from '../cards/adaptive-card.ts';

export interface ManageNotice {
  readonly text: string;
  readonly tone: 'good' | 'attention';
}

/**
 * The secretariat's and the chair group's own section under a hearing in
 * "mine høringer": who has not answered, "Påmind nu" and "Luk høringen nu".
 * It sits apart from the vote buttons (its own container, a separator and a
 * heading), and neither button is styled: closing asks for confirmation first.
 */
export function manageSection(view: HearingView, notice?: ManageNotice): CardElement | undefined {
  const viewer = view.viewer?.member;
  if (viewer === undefined || !mayManageHearings(viewer) || view.hearing.state !== 'open')
    return undefined;
  const locale = view.council.locale;
  const data = { hearingId: view.hearing.id, origin: 'mine' };
  return {
    type: 'Container',
    style: 'emphasis',
    separator: true,
    spacing: 'Large',
    items: [
      textBlock(t(locale, 'manage.heading'), { weight: 'Bolder', size: 'Small' }),
      textBlock(unansweredLine(locale, view), { size: 'Small', spacing: 'Small' }),
      ...(notice
        ? [
            textBlock(notice.text, {
              color: notice.tone === 'good' ? 'Good' : 'Attention',
              weight: 'Bolder',
            }),
          ]
        : []),
      actionSet([
        execute(t(locale, 'manage.remind_now'), 'remindNow', data, { associatedInputs: 'none' }),
        execute(t(locale, 'manage.close_now'), 'closeHearing', data, { associatedInputs: 'none' }),
      ]),
    ],
  };
}
