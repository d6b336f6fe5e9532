import { describeFailure } from '../../../i18n/meetings/index.ts';
import { sendCard, sendText } from '../handlers/teams-kit.ts';
import type { TextCommand } from '../text-commands.ts';
import { nextMeetingCard } from './next-meeting-card.ts';

/** "næste møde" / "next meeting": the speaker's next meeting as a card, with the buttons that matter. */
export const nextMeetingCommand: TextCommand = {
  pattern: /^(?:næste møde|naeste moede|naeste mode|næste|naeste|next meeting|next)$/,
  help: 'help.command.next_meeting',
  who: 'member',
  async run(kit, context, _typed, { council, member }) {
    const next = await kit.deps.useCases.nextMeetingForMember({
      councilId: council.id,
      memberId: member.id,
    });
    if (!next.ok) return sendText(context, describeFailure(council.locale, next));
    return sendCard(context, nextMeetingCard(next.value));
  },
};
