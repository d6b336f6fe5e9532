import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerBallot } from './answer-ballot.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { openReasonModal } from './open-reason-modal.ts';
import { publishHome } from './publish-home.ts';
import { describeProblem } from '../../../i18n/hearings/index.ts';
import { inlineError } from '../listeners/inline-error.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import { elementOf, textOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { parseReasonMetadata } from './open-reason-modal.ts';
import { actionPatterns, callbackIds, choiceOf, reasonBlocks } from '../hearings/hearing-ids.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { settleUnknownBallot } from './settle-unknown-ballot.ts';
import { ephemeralTo, type Tell } from '../listeners/reply.ts';

type ButtonClick = BlockAction<ButtonAction>;

/**
 * A vote click is acked at the latest this long after its listener starts.
 * Slack gives 3 s from sending; the request guard may already have waited up
 * to its own bound (requestMemoryWaitMs), and the network takes its share.
 */
export const voteAckDeadlineMs = 1_200;

/** Waits for `work` to settle, but no longer than `ms`; never throws. */
async function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work.catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

/** A click in the Home tab has no response_url: answer by re-publishing the tab with a line on top. */
const isHomeClick = (body: ButtonClick): boolean => body.view?.type === 'home';

/**
 * Answering a hearing: For / Imod / Undlader cast at once; "Begrund" and
 * answers that need a text open the reason modal, whose submission casts.
 */
export function registerVoteListeners(app: App, deps: SlackDeps): void {
  app.action<ButtonClick>(
    { type: 'block_actions', action_id: actionPatterns.vote },
    async (args) => {
      const { ack, action, body, client } = args;
      const teamId = teamOf(body);
      const userId = body.user.id;
      const tell: Tell = isHomeClick(body)
        ? async (message) =>
            publishHome(
              deps,
              client,
              teamId,
              userId,
              typeof message === 'string' ? message : message.text,
            )
        : ephemeralTo(body.response_url);
      const choice = choiceOf(actionPatterns.vote.exec(action.action_id)?.[1]);
      const hearingId = action.value ?? '';

      // Before the ack: who is clicking, and the one durable write — the
      // ballot. Bounded: while Redis is slow or away the ack goes out at the
      // deadline whatever happens, and the voter is answered afterwards.
      const work = (async () => {
        const who = await identifySlackUser(deps, teamId, userId);
        const cast =
          who.ok && choice !== undefined
            ? await deps.useCases.castBallot({
                councilId: who.council.id,
                hearingId,
                actorId: who.member.id,
                choice,
              })
            : undefined;
        return { who, cast };
      })();
      await settledWithin(work, voteAckDeadlineMs);
      await ack();

      // After the ack: only the answer to this voter. The channel message is
      // refreshed by the outbox (castBallot queued hearing_changed).
      const { who, cast } = await work;
      if (!who.ok) return tell(who.text);
      const locale = who.council.locale;
      if (cast === undefined || choice === undefined) return;
      if (!cast.ok && cast.code === 'outcome_unknown') {
        return settleUnknownBallot(
          deps,
          {
            locale,
            councilId: who.council.id,
            hearingId,
            actorId: who.member.id,
            choice,
            castAt: String(cast.params?.['castAt'] ?? ''),
          },
          tell,
        );
      }
      if (!cast.ok && (cast.code === 'reason_required' || cast.code === 'comment_required')) {
        return openReasonModal(deps, {
          client,
          teamId,
          userId,
          triggerId: body.trigger_id,
          hearingId,
          ...(choice ? { preselected: choice } : {}),
          metadata: { h: hearingId, u: body.response_url, home: isHomeClick(body) },
          tell,
        });
      }
      await answerBallot(
        deps,
        { client, teamId, userId, home: isHomeClick(body), responseUrl: body.response_url },
        { locale, councilId: who.council.id, hearingId, voterId: who.member.id, cast },
      );
    },
  );

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: actionPatterns.reason },
    async ({ ack, action, body, client }) => {
      await ack();
      const teamId = teamOf(body);
      const home = isHomeClick(body);
      const preselected = choiceOf(actionPatterns.reason.exec(action.action_id)?.[1]);
      await openReasonModal(deps, {
        client,
        teamId,
        userId: body.user.id,
        triggerId: body.trigger_id,
        hearingId: action.value ?? '',
        ...(preselected ? { preselected } : {}),
        metadata: { h: action.value ?? '', ...(home ? { home } : { u: body.response_url }) },
        tell: home
          ? async (message) =>
              publishHome(
                deps,
                client,
                teamId,
                body.user.id,
                typeof message === 'string' ? message : message.text,
              )
          : ephemeralTo(body.response_url),
      });
    },
  );

  // Runs its use case before the ack: a refusal comes back inside the ack as
  // an inline error on the right field while the modal is still open.
  app.view(callbackIds.reason, async ({ ack, body, view, client }) => {
    const teamId = teamOf(body);
    const who = await identifySlackUser(deps, teamId, body.user.id);
    if (!who.ok) return ack(modalErrors({ [reasonBlocks.reason]: who.text }));
    const locale = who.council.locale;
    const metadata = parseReasonMetadata(view.private_metadata);
    const values = view.state.values as ViewStateValues;
    const choice = choiceOf(elementOf(values, reasonBlocks.choice).selected_option?.value);
    if (metadata === undefined || choice === undefined) {
      return ack(
        modalErrors({ [reasonBlocks.choice]: describeProblem(locale, { problem: 'required' }) }),
      );
    }
    const reason = textOf(elementOf(values, reasonBlocks.reason));
    const cast = await deps.useCases.castBallot({
      councilId: who.council.id,
      hearingId: metadata.h,
      actorId: who.member.id,
      choice,
      ...(reason === undefined ? {} : { reason }),
    });
    if (!cast.ok) {
      const block = cast.field === 'choice' ? reasonBlocks.choice : reasonBlocks.reason;
      return ack(modalErrors({ [block]: inlineError(locale, cast) }));
    }
    await ack();
    await answerBallot(
      deps,
      {
        client,
        teamId,
        userId: body.user.id,
        home: metadata.home === true,
        ...(metadata.u ? { responseUrl: metadata.u } : {}),
      },
      { locale, councilId: who.council.id, hearingId: metadata.h, voterId: who.member.id, cast },
    );
  });
}
