import { describeFailure } from '../../../i18n/meetings/index.ts';
import { section } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import type { HomeSection } from '../slack-deps.ts';
import { nextMeetingBlocks } from './next-meeting-blocks.ts';

/**
 * The top of a member's App Home: their next meeting, their afbud status
 * with its button, and the referater waiting for their approval.
 */
export const meetingsHomeSection: HomeSection = async (deps, { council, member }) => {
  const next = await deps.useCases.nextMeetingForMember({
    councilId: council.id,
    memberId: member.id,
  });
  if (!next.ok) return [section(escapeMrkdwn(describeFailure(council.locale, next)))];
  return nextMeetingBlocks(next.value);
};
