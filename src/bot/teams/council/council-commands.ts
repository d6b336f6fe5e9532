import { holdsSeat } from '../../../domain/council/roster.ts';
import { t } from '../../../i18n/council/index.ts';
import { sendCard, sendText } from '../handlers/teams-kit.ts';
import { ownSeatHearings } from './own-seat-hearings.ts';
import type { TextCommand } from '../text-commands.ts';
import { absenceForm } from './absence-form.ts';
import { bindConversation } from './bind-conversation.ts';
import { upcomingAfbudMeetings } from './upcoming-afbud-meetings.ts';

/** "afbud": the afbud form, for someone who holds a seat to hand to their substitute. */
const absence: TextCommand = {
  pattern: /^(?:afbud|absence|apologies|send apologies)$/,
  help: 'help.command.absence',
  who: 'member',
  async run(kit, context, _typed, speaker) {
    if (!holdsSeat(speaker.member))
      return sendText(context, t(speaker.council.locale, 'error.no_voting_right'));
    const [hearings, meetings] = await Promise.all([
      ownSeatHearings(kit, speaker),
      upcomingAfbudMeetings(kit, speaker),
    ]);
    return sendCard(context, absenceForm(speaker.council, hearings, {}, undefined, meetings));
  },
};

/** "tilknyt <råd-id>": anyone may ask; bindWorkspace decides who may bind. */
const bind: TextCommand = {
  pattern: /^(?:tilknyt|bind)(?:\s+(\S+))?$/,
  help: 'teams.help.bind',
  who: 'anyone',
  async run(kit, context, { match }) {
    return bindConversation(kit, context, match[1] || undefined);
  },
};

export const councilCommands: readonly TextCommand[] = [absence, bind];
