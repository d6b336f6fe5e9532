import { mayManageHearings } from '../../../domain/council/roster.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { sendCard, sendText } from '../handlers/teams-kit.ts';
import type { TextCommand } from '../text-commands.ts';
import { myHearingsCardFor } from './my-hearings.ts';
import { openHearingForm } from './open-hearing-form.ts';

/** "ny høring [titel]": the hearing form, for the secretariat and the chair group. */
const newHearing: TextCommand = {
  pattern: /^(?:ny høring|ny hoering|ny horing|new hearing)(?:\s+(.+))?$/,
  help: 'help.command.new',
  who: 'member',
  async run(kit, context, { match, original }, { council, member }) {
    // The title keeps the case it was typed in.
    const title =
      match[1] === undefined ? undefined : original.slice(original.length - match[1].length).trim();
    if (!mayManageHearings(member))
      return sendText(context, t(council.locale, 'error.not_allowed_to_open'));
    const deadline = await kit.deps.useCases.suggestDeadline(council);
    return sendCard(
      context,
      openHearingForm(council, {
        ...(title ? { title } : {}),
        deadlineDate: deadline.date,
        deadlineTime: deadline.time,
      }),
    );
  },
};

/** "mine høringer": the speaker's open hearings, each as they see it. */
const myHearings: TextCommand = {
  pattern: /^(?:mine høringer|mine hoeringer|mine horinger|mine|my hearings)$/,
  help: 'help.command.mine',
  who: 'member',
  async run(kit, context, _typed, speaker) {
    return sendCard(context, await myHearingsCardFor(kit, speaker));
  },
};

export const hearingCommands: readonly TextCommand[] = [newHearing, myHearings];
