import type { Council } from '../../../domain/council/council.ts';
import { groupRoles, type GroupRole } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { roleText, topicText } from '../../present/discussions/discussion-texts.ts';
import { participantOf } from '../../present/discussions/group-pictures.ts';
import { usage, withCouncil, type CliIo, type Command } from '../cli-context.ts';
import {
  badNumber,
  discussionIdOf,
  reportDiscussion,
  say,
  sayJson,
  wholeNumberOption,
} from './discussion-cli-input.ts';
import { proposalLines } from './discussion-cli-lines.ts';

/** The proposal as it is now, with names: after forming, a move or a role given. */
async function proposalNow(
  io: CliIo,
  council: Council,
  discussionId: string,
  first: string,
): Promise<number> {
  const shown = await io.useCases.showDiscussion({ councilId: council.id, discussionId });
  if (!shown.ok) return say(io, first);
  return say(io, [first, '', ...proposalLines(council, shown.value)].join('\n'));
}

/** A member's name as the discussion knows them, else their id. */
async function nameOf(io: CliIo, council: Council, discussionId: string, memberId: string) {
  const shown = await io.useCases.showDiscussion({ councilId: council.id, discussionId });
  return shown.ok ? participantOf(shown.value, memberId).name : memberId;
}

/** Signing up, forming the groups, editing them by hand and announcing them. */
export const discussionGroupCommands: Readonly<Record<string, Command>> = {
  /** --topic A (or "none": no preference) and/or --volunteer ordstyrer|referent|none. */
  'discussion sign-up': withCouncil(async ({ io, values, args }, council) => {
    const { locale } = council;
    const discussionId = discussionIdOf(io, council, args, 'sign-up');
    if (typeof discussionId === 'number') return discussionId;
    const base = { councilId: council.id, discussionId, memberId: values.as ?? '' };
    const lines: string[] = [];
    const [typedTopic] = values.topic ?? [];
    if (typedTopic !== undefined) {
      const none = ['none', 'ingen', ''].includes(typedTopic.trim().toLowerCase());
      const chosen = await io.useCases.chooseTopic({
        ...base,
        topic: none ? null : typedTopic.trim().toUpperCase(),
      });
      if (!chosen.ok) return reportDiscussion(io, council, chosen);
      const topic = chosen.value.discussion.topics.find(
        (one) => one.key === chosen.value.signUp.topic,
      );
      lines.push(
        topic === undefined
          ? t(locale, 'discussion.cli.no_preference')
          : t(locale, 'discussion.cli.signed_up', { topic: topicText(locale, topic) }),
      );
    }
    if (values.volunteer !== undefined) {
      const typed = values.volunteer.trim().toLowerCase();
      const role = groupRoles.find((one) => one === typed) ?? null;
      const volunteered = await io.useCases.volunteerForRole({
        ...base,
        role: ['none', 'ingen'].includes(typed) ? null : (role ?? (typed as GroupRole)),
      });
      if (!volunteered.ok) return reportDiscussion(io, council, volunteered);
      const now = volunteered.value.signUp.volunteer;
      if (now !== undefined)
        lines.push(t(locale, 'discussion.cli.volunteered', { role: roleText(locale, now) }));
    }
    if (lines.length === 0)
      return reportDiscussion(io, council, {
        ok: false,
        code: 'invalid_input',
        field: 'topics',
        params: { problem: 'required' },
      });
    return say(io, lines.join('\n'));
  }),

  'discussion form': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'form');
    if (typeof discussionId === 'number') return discussionId;
    const seed = wholeNumberOption(values.seed);
    if (Number.isNaN(seed)) return badNumber(io, council, '--seed', 7);
    const formed = await io.useCases.formGroups({
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
      ...(seed === undefined ? {} : { seed }),
    });
    if (!formed.ok) return reportDiscussion(io, council, formed);
    if (values.json === true) return sayJson(io, formed.value);
    return proposalNow(
      io,
      council,
      discussionId,
      t(council.locale, 'discussion.cli.formed', { seed: formed.value.seed, id: discussionId }),
    );
  }),

  'discussion move': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'move');
    if (typeof discussionId === 'number') return discussionId;
    const memberId = values.member ?? '';
    const groupKey = (values.group ?? '').trim().toUpperCase();
    const moved = await io.useCases.moveParticipant({
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
      memberId,
      groupKey,
    });
    if (!moved.ok) return reportDiscussion(io, council, moved, { memberIsFlag: true });
    if (values.json === true) return sayJson(io, moved.value);
    const member = await nameOf(io, council, discussionId, memberId);
    return proposalNow(
      io,
      council,
      discussionId,
      t(council.locale, 'discussion.cli.moved', { member, group: groupKey }),
    );
  }),

  /** --referent M or --ordstyrer M: one of the group's members gets the role. */
  'discussion role': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'role');
    if (typeof discussionId === 'number') return discussionId;
    if (values.referent !== undefined && values.ordstyrer !== undefined)
      return usage(io, t(council.locale, 'discussion.cli.one_role'));
    const role: GroupRole = values.ordstyrer !== undefined ? 'ordstyrer' : 'referent';
    const memberId = values.ordstyrer ?? values.referent ?? '';
    const groupKey = (values.group ?? '').trim().toUpperCase();
    const given = await io.useCases.assignGroupRole({
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
      groupKey,
      role,
      memberId,
    });
    if (!given.ok) return reportDiscussion(io, council, given, { memberIsFlag: true });
    if (values.json === true) return sayJson(io, given.value);
    const member = await nameOf(io, council, discussionId, memberId);
    return proposalNow(
      io,
      council,
      discussionId,
      t(council.locale, 'discussion.cli.role_given', {
        member,
        role: roleText(council.locale, role),
        group: groupKey,
      }),
    );
  }),

  'discussion announce': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'announce');
    if (typeof discussionId === 'number') return discussionId;
    const announced = await io.useCases.announceGroups({
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
    });
    if (!announced.ok) return reportDiscussion(io, council, announced);
    if (values.json === true) return sayJson(io, announced.value);
    return say(
      io,
      t(council.locale, 'discussion.cli.announced', {
        groups: announced.value.proposal?.groups.length ?? 0,
      }),
    );
  }),
};
