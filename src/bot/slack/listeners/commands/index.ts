import type { App } from '@slack/bolt';
import { absenceModal } from '../../council/absence-modal.ts';
import { helpMessage } from '../../blocks/help-message.ts';
import { myHearingsMessage, mineMaxHearings } from '../../hearings/my-hearings-message.ts';
import { identifySlackUser } from '../../identify-slack-user.ts';
import { loadMyHearingViews } from '../../hearings/load-hearing-views.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { startHearingForm } from '../../hearings/start-hearing-form.ts';
import { holdsSeat } from '../../../../domain/council/roster.ts';
import { describeFailure, t } from '../../../../i18n/hearings/index.ts';
import { ephemeralTo } from '../reply.ts';
import { parseRaadCommand } from './parse-raad-command.ts';

/**
 * /hoering [titel] and /raad hjaelp|ny|mine|afbud. Each acks at once (an
 * empty 200) and answers afterwards: the modal through views.open, text
 * through the command's response_url, only to the one who typed it.
 */
export function registerCommands(app: App, deps: SlackDeps): void {
  app.command('/hoering', async ({ ack, command, client }) => {
    await ack();
    await startHearingForm(deps, {
      client,
      teamId: command.team_id,
      userId: command.user_id,
      triggerId: command.trigger_id,
      channelId: command.channel_id,
      draft: { title: command.text.trim() },
      tell: ephemeralTo(command.response_url),
    });
  });

  app.command('/raad', async ({ ack, command, client }) => {
    await ack();
    const tell = ephemeralTo(command.response_url);
    const parsed = parseRaadCommand(command.text);
    if (parsed.kind === 'new') {
      await startHearingForm(deps, {
        client,
        teamId: command.team_id,
        userId: command.user_id,
        triggerId: command.trigger_id,
        channelId: command.channel_id,
        draft: { title: parsed.title },
        tell,
      });
      return;
    }
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (parsed.kind === 'help' || parsed.kind === 'unknown') {
      // Help works for everyone, in the council's language when we know the council.
      const locale = who.ok ? who.council.locale : who.locale;
      await tell(helpMessage(locale, parsed.kind === 'unknown' ? parsed.text : undefined));
      if (!who.ok) await tell(who.text);
      return;
    }
    if (!who.ok) return tell(who.text);
    const locale = who.council.locale;
    if (parsed.kind === 'mine') {
      const loaded = await loadMyHearingViews(deps, who.council.id, who.member.id, mineMaxHearings);
      return tell(
        loaded.ok ? myHearingsMessage(locale, loaded.views) : describeFailure(locale, loaded),
      );
    }
    // Afbud hands a seat to its substitute: without a seat there is nothing to hand over.
    if (!holdsSeat(who.member)) return tell(t(locale, 'error.no_voting_right'));
    const mine = await deps.useCases.listMyHearings({
      councilId: who.council.id,
      memberId: who.member.id,
    });
    if (!mine.ok) return tell(describeFailure(locale, mine));
    await client.views.open({
      trigger_id: command.trigger_id,
      view: absenceModal(
        locale,
        mine.value.map((item) => item.hearing),
      ),
    });
  });
}
