import { describeFailure } from '../../../i18n/hearings/index.ts';
import { identifySlackUser } from '../identify-slack-user.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { loadMyHearingViews } from './load-hearing-views.ts';
import { myHearingsMessage, mineMaxHearings } from './my-hearings-message.ts';
import { startHearingForm } from './start-hearing-form.ts';

/** /raad ny [titel]: the same as /hoering. */
const newHearing: RaadSubcommand = {
  kind: 'new',
  words: ['ny', 'new', 'hoering', 'høring'],
  argument: 'title',
  async run(deps, { command, client, tell, text }) {
    await startHearingForm(deps, {
      client,
      teamId: command.team_id,
      userId: command.user_id,
      triggerId: command.trigger_id,
      channelId: command.channel_id,
      draft: { title: text },
      tell,
    });
  },
};

/** /raad mine: your open hearings with your answers and the buttons. */
const myHearings: RaadSubcommand = {
  kind: 'mine',
  words: ['mine', 'my'],
  async run(deps, { command, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const locale = who.council.locale;
    const loaded = await loadMyHearingViews(deps, who.council.id, who.member.id, mineMaxHearings);
    return tell(
      loaded.ok ? myHearingsMessage(locale, loaded.views) : describeFailure(locale, loaded),
    );
  },
};

export const hearingRaadCommands: readonly RaadSubcommand[] = [newHearing, myHearings];
