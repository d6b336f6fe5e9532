import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { GroupProposal } from '../../../app/discussions/ports.ts';
import type { Council } from '../../../domain/council/council.ts';
import { groupRoles } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { formatMoment } from '../../../i18n/messages.ts';
import {
  actionSet,
  adaptiveCard,
  choiceInput,
  container,
  execute,
  heading,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { clipText } from '../meetings/index.ts';
import {
  memberWithOrganisation,
  nameOf,
  roleName,
  topicLabel,
  topicOf,
} from './discussion-card-text.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';

export interface ProposalCardOptions {
  /** The reasons, worded ("alle fik deres førsteprioritet; …"). */
  readonly reasons: readonly string[];
  /** Who formed it, by name ('deadline' is said as "fristen"). */
  readonly formedBy?: string;
  /** A line on top for the secretary who just acted. */
  readonly notice?: { readonly text: string; readonly tone: 'good' | 'attention' };
}

type ProposalView = DiscussionView & { readonly proposal: GroupProposal };

/**
 * The proposed groups for the secretariat, in their own chat: why they look
 * as they do, each group with its members (and organisation), ordstyrer and
 * referent; moving a participant and changing a role (both kept when the
 * groups are formed again), "Dan igen" and "Udsend grupperne" (which asks first).
 */
export function proposalCard(
  council: Pick<Council, 'locale' | 'timeZone'>,
  view: ProposalView,
  options: ProposalCardOptions,
): AdaptiveCard {
  const locale = council.locale;
  const { discussion, proposal } = view;
  const data = { discussionId: discussion.id };
  const title = t(locale, 'discussion.chat.proposal_heading', { title: discussion.title });
  const body: CardElement[] = [];
  if (options.notice)
    body.push(
      textBlock(options.notice.text, {
        color: options.notice.tone === 'good' ? 'Good' : 'Attention',
        weight: 'Bolder',
      }),
    );
  body.push(heading(clipText(title, 300)));
  if (options.reasons.length > 0)
    body.push(textBlock(options.reasons.map((reason) => `- ${reason}`).join('\n')));
  const by =
    proposal.formedBy === 'deadline'
      ? t(locale, 'teams.discussion.proposal.by_deadline')
      : (options.formedBy ?? proposal.formedBy);
  body.push(
    textBlock(
      t(locale, 'teams.discussion.proposal.formed', {
        when: formatMoment(locale, proposal.formedAt, council.timeZone),
        by,
      }),
      { isSubtle: true, size: 'Small', spacing: 'None' },
    ),
  );
  for (const group of proposal.groups) {
    const topic = topicOf(discussion, group.topic);
    const members = group.members.map((memberId) => {
      const moved = proposal.manual.placements[memberId] === group.key;
      const line = memberWithOrganisation(locale, view, memberId);
      return `- ${line}${moved ? ` — _${t(locale, 'teams.discussion.proposal.manual')}_` : ''}`;
    });
    body.push(
      container(
        [
          textBlock(
            `${t(locale, 'discussion.present.group', { key: group.key })} — ${topic ? topicLabel(locale, topic) : group.topic}`,
            { weight: 'Bolder' },
          ),
          textBlock(members.join('\n'), { spacing: 'Small' }),
          textBlock(
            [
              t(locale, 'teams.discussion.ordstyrer_line', { name: nameOf(view, group.ordstyrer) }),
              t(locale, 'teams.discussion.referent_line', { name: nameOf(view, group.referent) }),
            ].join(' · '),
            { isSubtle: true, spacing: 'Small' },
          ),
        ],
        true,
      ),
    );
  }
  const people = [...view.participants]
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map((participant) => ({
      title: clipText(`${participant.name} (${participant.organisation})`, 80),
      value: participant.memberId,
    }));
  const groups = proposal.groups.map((group) => ({
    title: t(locale, 'discussion.present.group', { key: group.key }),
    value: group.key,
  }));
  if (people.length > 0 && groups.length > 0) {
    body.push(
      textBlock(t(locale, 'teams.discussion.proposal.move_heading'), {
        weight: 'Bolder',
        separator: true,
      }),
      choiceInput('moveMember', {
        label: t(locale, 'discussion.chat.move_member'),
        style: 'compact',
        choices: people,
      }),
      choiceInput('moveGroup', {
        label: t(locale, 'discussion.chat.move_group'),
        style: 'compact',
        choices: groups,
      }),
      actionSet([
        execute(
          t(locale, 'discussion.chat.move_submit'),
          discussionVerbNames.moveParticipant,
          data,
        ),
      ]),
      textBlock(t(locale, 'teams.discussion.proposal.role_heading'), {
        weight: 'Bolder',
        separator: true,
      }),
      choiceInput('roleGroup', {
        label: t(locale, 'teams.discussion.field.roleGroup'),
        style: 'compact',
        choices: groups,
      }),
      choiceInput('roleName', {
        label: t(locale, 'discussion.chat.role_role'),
        style: 'compact',
        value: 'referent',
        choices: groupRoles.map((role) => ({ title: roleName(locale, role), value: role })),
      }),
      choiceInput('roleMember', {
        label: t(locale, 'discussion.chat.role_member'),
        style: 'compact',
        choices: people,
      }),
      actionSet([
        execute(t(locale, 'discussion.chat.button_role'), discussionVerbNames.assignRole, data),
      ]),
    );
  }
  body.push(
    textBlock(t(locale, 'teams.discussion.proposal.reform_note'), {
      isSubtle: true,
      size: 'Small',
      separator: true,
    }),
  );
  return adaptiveCard(body, {
    actions: [
      execute(t(locale, 'discussion.chat.button_reform'), discussionVerbNames.formGroups, data, {
        associatedInputs: 'none',
      }),
      execute(
        t(locale, 'teams.discussion.proposal.announce'),
        discussionVerbNames.announce,
        { ...data, confirmed: false },
        { associatedInputs: 'none', style: 'positive' },
      ),
    ],
    fallbackText: title,
  });
}

/** Adaptive Cards have no confirm dialog: the first click answers with this. */
export function confirmCard(
  locale: Council['locale'],
  texts: { readonly title: string; readonly text: string; readonly confirm: string },
  verb: string,
  data: Readonly<Record<string, unknown>>,
): AdaptiveCard {
  return adaptiveCard([heading(texts.title), textBlock(texts.text)], {
    actions: [
      execute(
        texts.confirm,
        verb,
        { ...data, confirmed: true },
        { style: 'positive', associatedInputs: 'none' },
      ),
      execute(t(locale, 'confirm.cancel'), discussionVerbNames.cancelConfirm, data, {
        associatedInputs: 'none',
      }),
    ],
    fallbackText: `${texts.title} ${texts.text}`,
  });
}
