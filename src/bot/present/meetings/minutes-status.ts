import type { MinutesApprovalView } from '../../../app/meetings/approve-minutes.ts';
import type { Council } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { localMomentText, momentOfInstant } from './minutes-summary.ts';

/**
 * For the secretary, the same on every surface: the meeting and its status,
 * the deadline, who has approved (when, with their remark) and who has not.
 */
export function minutesStatusLines(council: Council, view: MinutesApprovalView): string[] {
  const locale = council.locale;
  const { meeting } = view.record;
  return [
    t(locale, 'minutes.chat.status_title', {
      title: meeting.title,
      status: t(locale, `meeting.status.${meeting.status}`),
    }),
    ...(view.round === undefined
      ? []
      : [
          t(locale, 'minutes.chat.deadline', {
            deadline: localMomentText(locale, view.round.deadline),
          }),
        ]),
    t(locale, 'cli.approval.approved_list', { count: view.approved.length }),
    ...view.approved.map(({ member, approval }) =>
      t(locale, 'minutes.chat.status_line', {
        name: member.name,
        at: momentOfInstant(council, approval.approvedAt),
        comment: approval.comment ?? '',
      }),
    ),
    t(locale, 'minutes.chat.status_waiting', {
      count: view.waiting.length,
      names:
        view.waiting.length === 0
          ? t(locale, 'cli.attendance.nobody')
          : view.waiting.map((member) => member.name).join(', '),
    }),
  ];
}

/**
 * Why a member may not remark on (approve) the minutes now, checked before a
 * form is shown so nobody writes a remark in vain; undefined when they may.
 */
export function remarkRefusal(
  view: MinutesApprovalView,
  memberId: string,
): 'minutes_not_sent' | 'minutes_already_approved' | 'not_a_participant' | undefined {
  const status = view.record.meeting.status;
  if (status === 'minutes_approved') return 'minutes_already_approved';
  if (status !== 'minutes_sent') return 'minutes_not_sent';
  const takesPart =
    view.waiting.some((member) => member.id === memberId) ||
    view.approved.some(({ member }) => member.id === memberId);
  return takesPart ? undefined : 'not_a_participant';
}
