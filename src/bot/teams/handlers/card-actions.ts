import { deadlineNote } from '../../present/hearings/deadline-note.ts';
import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { choices, type Choice } from '../../../domain/hearings/hearing.ts';
import { holdsSeat, mayManageHearings, type Member } from '../../../domain/council/roster.ts';
import {
  describeFailure,
  formatDate,
  formatDeadline,
  t,
  type MessageKey,
} from '../../../i18n/hearings/index.ts';
import { absenceRecordedText } from '../../present/council/absence-presentation.ts';
import { choiceLabel } from '../../present/hearings/hearing-presentation.ts';
import { viewerStance, type JustDone } from '../../present/hearings/viewer-stance.ts';
import { absenceForm } from '../council/absence-form.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import { reasonInputId } from '../hearings/hearing-card.ts';
import { noticeCard } from '../cards/notice-card.ts';
import { openHearingForm } from '../hearings/open-hearing-form.ts';
import { decideBinding, keptBinding } from '../council/bind-conversation.ts';
import { councilAddress, referenceForPosts, saveCouncilAddress } from '../teams-addresses.ts';
import { manageVerbs } from '../hearings/manage-hearing.ts';
import { myHearingsCardFor, ownSeatHearings } from '../hearings/my-hearings.ts';
import {
  failureErrorsOf,
  inputErrorsOf,
  openHearingInputOf,
  readOpenHearingForm,
} from '../hearings/read-open-hearing-form.ts';
import {
  actionData,
  sendText,
  stringIn,
  troubleText,
  type KnownSpeaker,
  type TeamsKit,
} from './teams-kit.ts';

type Answer = AdaptiveCard | string;

/**
 * Who submitted a form, if they may: a stranger, or someone whose role does
 * not allow it, gets a notice card under the form's heading instead.
 */
async function formSender(
  kit: TeamsKit,
  context: TurnContext,
  heading: MessageKey,
  allowed: (member: Member) => boolean,
  refusal: MessageKey,
): Promise<KnownSpeaker | AdaptiveCard> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return noticeCard(t(speaker.locale, heading), [speaker.text], 'attention');
  const locale = speaker.council.locale;
  if (!allowed(speaker.member))
    return noticeCard(t(locale, heading), [t(locale, refusal)], 'attention');
  return speaker;
}

/**
 * Clicks on Action.Execute buttons (invoke `adaptiveCard/action`), by verb.
 * Whatever a handler returns is the invoke response: the card that replaces
 * the clicked one for the person who clicked — their own view — while the
 * shared card is updated for everyone by the outbox.
 */
export function registerCardActions(app: AgentApplication<TurnState>, kit: TeamsKit): void {
  const on = (
    verb: string,
    run: (context: TurnContext, data: Record<string, unknown>) => Promise<Answer>,
  ) =>
    app.adaptiveCards.actionExecute(verb, async (context, _state, action) => {
      try {
        return await run(context, actionData(action));
      } catch (error) {
        kit.deps.log.error({ err: error, verb }, 'teams: a card action failed');
        return troubleText(undefined, error, kit.deps.defaultLocale);
      }
    });
  on('vote', (context, data) => vote(kit, context, data));
  on('refresh', (context, data) => refresh(kit, context, data));
  on('openHearing', (context, data) => openHearing(kit, context, data));
  on('registerAbsence', (context, data) => registerAbsence(kit, context, data));
  for (const [verb, run] of Object.entries(manageVerbs))
    on(verb, (context, data) => run(kit, context, data));
  on('moveBinding', (context, data) =>
    decideBinding(kit, context, stringIn(data, 'councilId'), true),
  );
  on('keepBinding', async (_context, data) => keptBinding(kit, stringIn(data, 'from')));

  // Clients without universal actions send the fallback Action.Submit as a message.
  app.adaptiveCards.actionSubmit('vote', async (context, _state, data) => {
    try {
      const answer = await vote(kit, context, data as Record<string, unknown>, { textOnly: true });
      if (typeof answer === 'string') await sendText(context, answer);
    } catch (error) {
      kit.deps.log.error({ err: error }, 'teams: a submitted vote failed');
      await sendText(context, troubleText(undefined, error, kit.deps.defaultLocale));
    }
  });
}

const isChoice = (value: string | undefined): value is Choice =>
  value !== undefined && (choices as readonly string[]).includes(value);

/** For someone the council does not know: the shared card with the reason and no buttons, or just the reason. */
async function forStranger(
  kit: TeamsKit,
  speaker: Exclude<Awaited<ReturnType<TeamsKit['speaker']>>, { ok: true }>,
  hearingId: string | undefined,
): Promise<Answer> {
  if (speaker.councilId === undefined || hearingId === undefined) return speaker.text;
  const view = await kit.view(speaker.councilId, hearingId);
  if (!view.ok) return speaker.text;
  return kit.card(view.value, { justDone: { kind: 'refused', text: speaker.text } });
}

async function vote(
  kit: TeamsKit,
  context: TurnContext,
  data: Record<string, unknown>,
  options: { textOnly?: boolean } = {},
): Promise<Answer> {
  const hearingId = stringIn(data, 'hearingId');
  const choice = stringIn(data, 'choice');
  const origin = data['origin'] === 'mine' ? 'mine' : 'card';
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return options.textOnly ? speaker.text : forStranger(kit, speaker, hearingId);
  const { council, member } = speaker;
  if (hearingId === undefined || !isChoice(choice))
    return describeFailure(council.locale, {
      code: 'invalid_input',
      field: 'choice',
      params: { problem: 'invalid' },
    });
  const reason = hearingId ? stringIn(data, reasonInputId(origin, hearingId)) : undefined;

  const cast = await kit.deps.useCases.castBallot({
    councilId: council.id,
    hearingId,
    actorId: member.id,
    choice,
    ...(reason === undefined ? {} : { reason }),
  });
  const locale = council.locale;
  if (!cast.ok && options.textOnly) return describeFailure(locale, cast);
  const view = await kit.view(council.id, hearingId, member);
  if (!view.ok) return describeFailure(locale, view);
  const justDone: JustDone = cast.ok
    ? { kind: 'cast', receipt: cast.value }
    : {
        kind: 'refused',
        text: describeFailure(locale, cast),
        ...(cast.field === undefined ? {} : { field: cast.field }),
      };
  const stance = viewerStance(view.value, justDone);
  // A client without universal actions gets a message: never an empty one.
  if (options.textOnly)
    return (
      stance.line ??
      (cast.ok
        ? t(locale, 'ballot.recorded', {
            choice: choiceLabel(locale, view.value.hearing, cast.value.ballot.choice),
          })
        : describeFailure(locale, cast))
    );
  const reasonError =
    !cast.ok && cast.field === 'reason' ? describeFailure(locale, cast) : undefined;
  if (origin === 'mine') {
    // The list shows this hearing with the same one line as its own card would.
    const notice =
      stance.line === undefined || stance.tone === 'plain'
        ? undefined
        : { text: stance.line, tone: stance.tone };
    return myHearingsCardFor(kit, speaker, {
      ...(notice ? { notices: { [hearingId]: notice } } : {}),
      ...(reasonError ? { reasonErrors: { [hearingId]: reasonError } } : {}),
    });
  }
  return kit.card(view.value, { justDone, ...(reasonError ? { reasonError } : {}) });
}

/** Teams asks for a user's own view (refresh.userIds), or someone pressed "Vis mit svar". */
async function refresh(
  kit: TeamsKit,
  context: TurnContext,
  data: Record<string, unknown>,
): Promise<Answer> {
  const hearingId = stringIn(data, 'hearingId');
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) {
    if (speaker.councilId === undefined || hearingId === undefined) return speaker.text;
    const shared = await kit.view(speaker.councilId, hearingId);
    return shared.ok ? kit.card(shared.value) : speaker.text;
  }
  if (hearingId === undefined) return t(speaker.council.locale, 'error.hearing_not_found');
  const view = await kit.view(speaker.council.id, hearingId, speaker.member);
  return view.ok ? kit.card(view.value) : describeFailure(speaker.council.locale, view);
}

async function openHearing(
  kit: TeamsKit,
  context: TurnContext,
  data: Record<string, unknown>,
): Promise<Answer> {
  const speaker = await formSender(
    kit,
    context,
    'hearing.new',
    mayManageHearings,
    'error.not_allowed_to_open',
  );
  if (!('council' in speaker)) return speaker;
  const { council, member } = speaker;
  const locale = council.locale;

  const values = readOpenHearingForm(data);
  const input = openHearingInputOf(values, council.id, member.id);
  const invalid = inputErrorsOf(locale, input);
  if (invalid) return openHearingForm(council, values, invalid);

  const opened = await kit.deps.useCases.openHearing(input);
  if (!opened.ok) {
    if (opened.code === 'not_allowed_to_open')
      return noticeCard(
        t(locale, 'hearing.new'),
        [describeFailure(locale, opened)],
        'attention',
      );
    return openHearingForm(council, values, failureErrorsOf(locale, opened));
  }
  const hasChannel = await ensureCouncilChannel(kit, speaker, context);
  const when = formatDeadline(locale, opened.value.deadline, council.timeZone);
  const note = deadlineNote(
    locale,
    await kit.deps.useCases.deadlineDay(council, opened.value.deadline),
  );
  return noticeCard(
    t(locale, 'opened.heading'),
    [
      t(locale, 'teams.opened.body', { title: opened.value.title, when }),
      ...(note ? [note] : []),
      ...(hasChannel ? [] : [t(locale, 'teams.opened.no_channel')]),
    ],
    'good',
  );
}

/**
 * The council needs a conversation for its hearing cards. A hearing opened
 * from a bound channel or group chat, when the council has none yet, makes
 * that conversation the council's.
 */
async function ensureCouncilChannel(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  context: TurnContext,
): Promise<boolean> {
  const existing = await councilAddress(kit.deps.directory, speaker.council.id);
  if (existing) return true;
  const { place } = speaker;
  if (place.scope === 'personal') return false;
  await saveCouncilAddress(kit.deps.directory, speaker.council.id, {
    reference: referenceForPosts(context.activity.getConversationReference()),
    scope: place.scope,
    ...(place.teamId ? { teamId: place.teamId } : {}),
  });
  return true;
}

async function registerAbsence(
  kit: TeamsKit,
  context: TurnContext,
  data: Record<string, unknown>,
): Promise<Answer> {
  const speaker = await formSender(
    kit,
    context,
    'teams.absence.heading',
    holdsSeat,
    'error.no_voting_right',
  );
  if (!('council' in speaker)) return speaker;
  const { council, member } = speaker;
  const locale = council.locale;
  const hearingId = stringIn(data, 'hearingId');
  const from = stringIn(data, 'from');
  const to = stringIn(data, 'to');
  const values = {
    ...(hearingId ? { hearingId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const again = async (problem: string) =>
    absenceForm(council, await ownSeatHearings(kit, speaker), values, problem);

  let result;
  if (hearingId)
    result = await kit.deps.useCases.registerAbsence({
      councilId: council.id,
      memberId: member.id,
      hearingId,
    });
  else if (from && to)
    result = await kit.deps.useCases.registerAbsence({
      councilId: council.id,
      memberId: member.id,
      from,
      to,
    });
  else return again(t(locale, 'absence.choose'));
  if (!result.ok) return again(describeFailure(locale, result));

  const scope = result.value.scope;
  let what: Parameters<typeof absenceRecordedText>[2];
  if (scope.kind === 'hearing') {
    const view = await kit.view(council.id, scope.hearingId);
    what = { title: view.ok ? view.value.hearing.title : scope.hearingId };
  } else {
    what = { from: formatDate(locale, scope.from), to: formatDate(locale, scope.to) };
  }
  const text = absenceRecordedText(locale, result.value, what);
  return noticeCard(t(locale, 'teams.absence.heading'), [text], 'good');
}
