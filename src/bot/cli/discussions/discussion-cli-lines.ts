import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Council } from '../../../domain/council/council.ts';
import type { Discussion } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { discussionMessageModel, groupModel } from '../../present/discussions/discussion-models.ts';
import {
  headlineText,
  participantText,
  reasonText,
  roleText,
  signUpCountLines,
  statusText,
  summaryStatusText,
  topicText,
} from '../../present/discussions/discussion-texts.ts';
import {
  groupPicture,
  groupsAnnounced,
  groupsOf,
  participantOf,
} from '../../present/discussions/group-pictures.ts';

const indent = (lines: readonly string[], by = '  '): string[] =>
  lines.map((line) => `${by}${line}`);

/** "[d0001] Fremtidens kompetencer — Tilmelding er åben (punkt 3 på møde m0003)". */
export function discussionListLine(council: Council, discussion: Discussion): string {
  const { locale } = council;
  const item =
    discussion.meetingId !== undefined && discussion.itemNumber !== undefined
      ? t(locale, 'discussion.cli.list_item', {
          item: discussion.itemNumber,
          meeting: discussion.meetingId,
        })
      : '';
  return t(locale, 'discussion.cli.list_line', {
    id: discussion.id,
    title: discussion.title,
    status: statusText(locale, discussion.status),
    item,
  });
}

/** Who takes part, with their id (for --member) and what they chose. */
function participantLines(council: Council, view: DiscussionView): string[] {
  const { locale } = council;
  const topicOf = new Map(view.discussion.topics.map((topic) => [topic.key, topic]));
  return view.participants.map((participant) => {
    const chosen = participant.signUp?.topic;
    const topic = chosen === undefined ? undefined : topicOf.get(chosen);
    const volunteer = participant.signUp?.volunteer;
    const choice = t(locale, 'discussion.cli.participant_choice', {
      topic: topic === undefined ? t(locale, 'discussion.cli.no_choice') : topicText(locale, topic),
      volunteer: volunteer === undefined ? '' : roleText(locale, volunteer),
    });
    const seat =
      participant.forMemberId === undefined
        ? ''
        : ` (${t(locale, 'discussion.cli.holds_seat_of', { member: participantOf(view, participant.forMemberId).name })})`;
    return `${participantText(locale, participant)} [${participant.memberId}]${seat} — ${choice}`;
  });
}

/** The groups as proposed or announced: heading, members with roles, room. */
export function groupLines(council: Council, view: DiscussionView): string[] {
  const { locale } = council;
  return groupsOf(view).flatMap((group) => {
    const picture = groupPicture(view, group.key);
    if (picture === undefined) return [];
    const model = groupModel(locale, picture);
    return [model.heading, ...indent(model.members), ...indent([model.room])];
  });
}

/** The proposal's groups, why they look so, and how many hand edits it keeps. */
export function proposalLines(council: Council, view: DiscussionView): string[] {
  const { locale } = council;
  const { proposal } = view;
  if (proposal === undefined) return [t(locale, 'discussion.cli.no_proposal')];
  const manual =
    Object.keys(proposal.manual.placements).length +
    Object.values(proposal.manual.roles).reduce((sum, roles) => sum + Object.keys(roles).length, 0);
  return [
    t(locale, groupsAnnounced(view) ? 'discussion.cli.groups' : 'discussion.cli.proposal'),
    ...indent(groupLines(council, view)),
    ...(proposal.reasons.length === 0
      ? []
      : [
          t(locale, 'discussion.cli.reasons'),
          ...indent(proposal.reasons.map((reason) => `- ${reasonText(locale, reason)}`)),
        ]),
    ...(manual === 0 ? [] : [t(locale, 'discussion.cli.manual', { count: manual })]),
  ];
}

/**
 * Everything the secretary needs to see of a discussion: its set-up, who
 * takes part and what they chose, the proposal with its reasons, and which
 * groups have submitted.
 */
export function discussionShowLines(council: Council, view: DiscussionView): string[] {
  const { locale } = council;
  const model = discussionMessageModel({ council, view });
  const lines = [
    `${headlineText(locale, view.discussion)} [${view.discussion.id}]`,
    ...(model.itemLine === undefined
      ? []
      : [
          `${model.itemLine}${view.discussion.meetingId === undefined ? '' : ` (${view.discussion.meetingId})`}`,
        ]),
    model.status,
    ...model.times,
    '',
    ...model.topics.flatMap((topic) => [topic.heading, ...indent(topic.questions)]),
    '',
    t(locale, 'discussion.cli.participants', { count: view.participants.length }),
    ...indent(participantLines(council, view)),
  ];
  if (view.discussion.status === 'sign_up')
    lines.push('', t(locale, 'discussion.cli.sign_ups'), ...indent(signUpCountLines(locale, view)));
  lines.push('', ...proposalLines(council, view));
  if (groupsAnnounced(view))
    lines.push(
      '',
      t(locale, 'discussion.cli.summaries'),
      ...indent([summaryStatusText(locale, view), ...model.groups.map((group) => group.line)]),
    );
  if (model.closingLine !== undefined) lines.push('', model.closingLine);
  return lines;
}
