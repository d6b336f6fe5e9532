import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { describeFailure, t } from '../../../i18n/meetings/index.ts';
import { followUpGroups } from '../../present/meetings/follow-up-groups.ts';
import { cardText, defineVerb, type CardAnswer } from '../card-verbs.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import { noticeCard } from '../cards/notice-card.ts';
import { sendCard, type KnownSpeaker, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TextCommand } from '../text-commands.ts';
import { followUpCard } from './follow-up-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** The open points as this speaker sees them: their own (or, for the secretariat, all) with the button. */
async function followUpCardFor(
  kit: TeamsKit,
  { council, member }: Pick<KnownSpeaker, 'council' | 'member'>,
  banner?: Parameters<typeof followUpCard>[2],
): Promise<AdaptiveCard> {
  const locale = council.locale;
  const listed = await kit.deps.useCases.followUpForMember({
    councilId: council.id,
    memberId: member.id,
  });
  if (!listed.ok)
    return noticeCard(
      t(locale, 'meeting.followup_chat.heading'),
      [describeFailure(locale, listed)],
      'attention',
    );
  const groups = followUpGroups(locale, listed.value);
  return followUpCard(locale, groups, banner);
}

/** "opfølgning" / "follow-up": the follow-up sheet's open points. */
export const followUpCommand: TextCommand = {
  pattern: /^(?:opfølgning|opfoelgning|opfolgning|opfølgningsark|follow-up|follow up|followup)$/,
  help: 'help.command.follow_up',
  who: 'member',
  async run(kit, context, _typed, speaker) {
    return sendCard(context, await followUpCardFor(kit, speaker));
  },
};

const followUpDoneData = z.looseObject({ meetingId: cardText, point: cardText });

/**
 * "Markér som udført": the use case checks that the clicker owns the point
 * (or is of the secretariat), so a forged click changes nothing and is told
 * why; the sheet comes back with the line on top.
 */
export const followUpDoneVerb = defineVerb(
  meetingVerbNames.followUpDone,
  followUpDoneData,
  async (kit: TeamsKit, context: TurnContext, data): Promise<CardAnswer> => {
    const speaker = await kit.speaker(context.activity);
    if (!speaker.ok) return speaker.text;
    const locale = speaker.council.locale;
    const marked = await kit.deps.useCases.markFollowUpDone({
      councilId: speaker.council.id,
      actorId: speaker.member.id,
      pointId: data.point ?? '',
    });
    if (!marked.ok)
      return followUpCardFor(kit, speaker, {
        text: describeFailure(locale, marked),
        tone: 'attention',
      });
    return followUpCardFor(kit, speaker, {
      text: t(locale, 'meeting.followup_chat.marked', {
        item: marked.value.item,
        title: marked.value.meetingTitle,
      }),
      tone: 'good',
    });
  },
);
