import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inputActionId } from '../../src/bot/slack/slack-ids.ts';
import { absenceBlocks, absenceCallbackId } from '../../src/bot/slack/council/absence-ids.ts';
import { actionIds, callbackIds } from '../../src/bot/slack/hearings/hearing-ids.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { eventually, startSlackHarness, type SlackHarness } from '../support/slack-harness.ts';
import { hearingFormValues } from '../support/slack-payloads.ts';
import { blockAction, viewSubmission, type SlackHttpRequest } from '../support/slack-requests.ts';
import {
  actorOf,
  chatActions,
  councilId,
  expected,
  MatrixTally,
  refusalWords,
  otherCouncilId,
  otherRosterYaml,
  otherSlackTeam,
  roles,
  rosterYaml,
  slackTeam,
  slackUserOf,
  type Role,
} from './authorisation-matrix.ts';
import { expectChanged, freshHearing, reminderRoundTaken, stateOf } from './matrix-cells.ts';

let bot: SlackHarness;
const tally = new MatrixTally();

beforeAll(async () => {
  bot = await startSlackHarness({
    redisUrl: inject('redisUrl'),
    label: 'authz-slack',
    workers: false,
    // Monday 23 November 2026, 09.00 in Copenhagen.
    clock: new FixedClock('2026-11-23T08:00:00.000Z'),
  });
  for (const text of [rosterYaml, otherRosterYaml]) {
    const imported = await bot.useCases.importRoster({ format: 'yaml', text });
    if (!imported.ok) throw new Error(imported.code);
  }
  for (const [workspaceId, council] of [
    [slackTeam, councilId],
    [otherSlackTeam, otherCouncilId],
  ] as const) {
    const bound = await bot.useCases.bindWorkspace({
      platform: 'slack',
      workspaceId,
      councilId: council,
    });
    if (!bound.ok) throw new Error(bound.code);
  }
}, 30_000);
afterAll(async () => {
  console.log(tally.line('Slack'));
  await bot?.stop();
});

/** Who clicks: the other council's secretary from her own workspace, everyone else from the council's. */
const clicker = (role: Role) => ({
  userId: slackUserOf(actorOf[role]),
  teamId: role === 'other_council_sekretariat' ? otherSlackTeam : slackTeam,
});

let cellNo = 0;

/** Posts a button click with its own response_url; returns that hook's name. */
async function press(role: Role, actionId: string, hearingId: string): Promise<string> {
  const hook = `cell-${++cellNo}`;
  const response = await bot.post(
    blockAction({
      ...clicker(role),
      actionId,
      value: hearingId,
      blockId: `hearing.${hearingId}.actions`,
      responseUrl: `${bot.slack.hooksUrl}${hook}`,
    }),
  );
  expect(response.status).toBe(200);
  return hook;
}

const answeredOn = (hook: string): string | undefined => {
  const call = bot.slack.callsTo('response_url').find((c) => c.args.url === `/hooks/${hook}`);
  return call === undefined ? undefined : JSON.stringify(call.args.text ?? call.args.blocks);
};

/** A click's answer comes after the ack, on its response_url; undefined when none came. */
async function click(role: Role, actionId: string, hearingId: string): Promise<string | undefined> {
  const hook = await press(role, actionId, hearingId);
  return eventually(() => answeredOn(hook), `an answer on ${hook}`, 3_000).catch(() => undefined);
}

/** Posts a modal submission; the answer is the response itself (errors or an updated modal). */
async function submit(request: SlackHttpRequest): Promise<{ words: string; updated: boolean }> {
  const response = await bot.post(request);
  expect(response.status).toBe(200);
  const json = response.json as
    { response_action?: string; errors?: Record<string, string> } | undefined;
  return {
    words: json === undefined ? '' : JSON.stringify(json.errors ?? json),
    updated: json?.response_action === 'update',
  };
}

const submission = (
  role: Role,
  callbackId: string,
  values: Parameters<typeof viewSubmission>[0]['values'],
  privateMetadata?: string,
) =>
  viewSubmission({
    ...clicker(role),
    callbackId,
    values,
    ...(privateMetadata ? { privateMetadata } : {}),
  });

/** Drives one action the way a person does it in Slack; says what they were told. */
async function act(
  action: (typeof chatActions)[number],
  role: Role,
  hearingId: string,
): Promise<string | undefined> {
  switch (action) {
    case 'open':
      return (
        await submit(
          submission(
            role,
            callbackIds.openHearing,
            hearingFormValues({ title: `Slack ${role}`, date: '2026-11-27' }),
          ),
        )
      ).words;
    case 'vote':
      return click(role, actionIds.vote('for'), hearingId);
    case 'afbud':
      return (
        await submit(
          submission(role, absenceCallbackId, {
            [absenceBlocks.hearing]: {
              [inputActionId]: { type: 'static_select', selected_option: { value: hearingId } },
            },
            [absenceBlocks.from]: { [inputActionId]: { type: 'datepicker', selected_date: null } },
            [absenceBlocks.to]: { [inputActionId]: { type: 'datepicker', selected_date: null } },
          }),
        )
      ).words;
    case 'remind':
      return click(role, actionIds.remindNow, hearingId);
    case 'close': {
      // "Luk høringen nu" opens a confirmation; only its "Ja, luk høringen" closes.
      const modalsBefore = bot.slack.callsTo('views.open').length;
      const hook = await press(role, actionIds.closeNow, hearingId);
      const outcome = await eventually(
        () => {
          const modal = bot.slack.callsTo('views.open')[modalsBefore];
          if (modal !== undefined) return { modal, told: undefined };
          const told = answeredOn(hook);
          return told === undefined ? undefined : { modal: undefined, told };
        },
        'the confirmation or a refusal',
        3_000,
      ).catch(() => ({ modal: undefined, told: undefined }));
      if (outcome.modal !== undefined) {
        const view = outcome.modal.args.view as { private_metadata?: string };
        return (await submit(submission(role, callbackIds.closeHearing, {}, view.private_metadata)))
          .words;
      }
      // Refused at the button: a confirmation forged without it must not close either.
      const forged = await submit(
        submission(role, callbackIds.closeHearing, {}, JSON.stringify({ h: hearingId, seen: '' })),
      );
      expect(forged.updated).toBe(true);
      expect(forged.words).toMatch(refusalWords);
      return outcome.told;
    }
  }
}

const cells = chatActions.flatMap((action) =>
  roles.map((role) => ({ action, role, verdict: expected[action](role) })),
);

describe('the authorisation matrix in Slack', () => {
  it.each(cells)('$role: $action is $verdict', async ({ action, role, verdict }) => {
    const hearingId = await freshHearing(bot, action, `Slack ${action} ${role}`);
    const before = await stateOf(bot, hearingId);
    const told = await act(action, role, hearingId);
    const after = await stateOf(bot, hearingId);
    tally.cells += 1;

    if (verdict === 'allowed') {
      expect(told).toMatch(/\p{L}{3,}/u);
      expectChanged(action, role, hearingId, before, after);
      if (action === 'remind') expect(await reminderRoundTaken(bot, hearingId)).toBe(true);
      return;
    }
    if (role === 'other_council_sekretariat' && action === 'open') {
      // Her form can only open a hearing in her own council: the workspace names the council.
      expect(after.openHearings).toEqual(before.openHearings);
      expect(after.otherCouncilOpenHearings.length).toBe(
        before.otherCouncilOpenHearings.length + 1,
      );
      tally.refused += 1;
      return;
    }
    const remindedAnyway = action === 'remind' && (await reminderRoundTaken(bot, hearingId));
    if (JSON.stringify(after) !== JSON.stringify(before) || remindedAnyway)
      tally.wronglyAllowed += 1;
    else if (told === undefined || !refusalWords.test(told)) tally.silent += 1;
    else tally.refused += 1;
    expect(told).toMatch(refusalWords);
    expect(after).toEqual(before);
    expect(remindedAnyway).toBe(false);
  });
});
