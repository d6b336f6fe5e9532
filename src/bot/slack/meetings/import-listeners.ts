import type { App, BlockAction, ButtonAction, StaticSelectAction, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { StagedAgendaImport } from '../../../app/meetings/pending-agenda-import.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import type { MeetingStatus } from '../../../domain/meetings/meeting.ts';
import { agendaFileFormat } from '../../../documents/meetings/agenda-file-format.ts';
import { downloadSharedFile } from '../../../documents/meetings/download-shared-file.ts';
import {
  checkSharedAgendaSize,
  readSharedAgendaFile,
} from '../../../documents/meetings/shared-agenda-file.ts';
import { describeFailure, t, type MessageKey } from '../../../i18n/meetings/index.ts';
import { meetingWhen } from '../../present/meetings/import-preview-model.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf, type Identified } from '../identify-slack-user.ts';
import { inlineError } from '../listeners/inline-error.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import { elementOf, textOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { ephemeralTo, type Tell } from '../listeners/reply.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import {
  importPasteModal,
  pasteBlocks,
  pasteMetadataOf,
  pastedAgendaMaxChars,
} from './import-paste-modal.ts';
import { importClosedMessage, importPreviewMessage } from './import-preview-message.ts';
import { meetingActionIds, meetingCallbackIds } from './meeting-ids.ts';

/**
 * An agenda into Rådsbot from Slack, for the secretariat: a file shared with
 * the bot in its direct message (read with files:read), or text pasted in
 * "/raad dagsorden". Either way a preview comes first, in the direct message,
 * with "Gem dagsorden", "Ret" and "Annullér"; nothing is stored before.
 */

type Identity = Extract<Identified, { ok: true }>;

/**
 * The parts of a `file_shared` event we read. It needs only files:read, and
 * comes for every channel the bot is in: only the bot's direct message (a
 * channel id starting with D) is a way in for agendas.
 */
const fileShared = z.looseObject({
  file_id: z.string().min(1),
  user_id: z.string().min(1),
  channel_id: z.string().optional(),
});

/** Details files.info gives of a shared file. */
const fileInfo = z.looseObject({
  name: z.string().optional(),
  title: z.string().optional(),
  size: z.number().optional(),
  url_private_download: z.string().optional(),
  url_private: z.string().optional(),
});

/** The secretariat only: anyone else is told who imports agendas. Undefined when allowed. */
async function refusal(deps: SlackDeps, who: Identity): Promise<string | undefined> {
  const allowed = await deps.useCases.mayImportAgenda({
    councilId: who.council.id,
    actorId: who.member.id,
  });
  if (allowed.ok) return undefined;
  return allowed.code === 'not_allowed_to_manage_meetings'
    ? t(who.council.locale, 'import.member_refused')
    : describeFailure(who.council.locale, allowed);
}

const postTo =
  (client: webApi.WebClient, channel: string): Tell =>
  async (message) => {
    await client.chat.postMessage({
      channel,
      ...(typeof message === 'string' ? { text: message } : message),
    });
  };

/** Previews and keeps the agenda, then shows it; a failure says what to do instead. */
async function stageAndShow(
  deps: SlackDeps,
  who: Identity,
  source: { format: 'text' | 'markdown' | 'docx' | 'pdf'; text: string; fileName?: string },
  say: Tell,
): Promise<StagedAgendaImport | Failure> {
  const locale = who.council.locale;
  const staged = await deps.useCases.stageAgendaImport({
    councilId: who.council.id,
    actorId: who.member.id,
    ...source,
  });
  if (!staged.ok) return staged;
  await say(importPreviewMessage(locale, staged.value));
  return staged.value;
}

async function readSharedFile(
  deps: SlackDeps,
  client: webApi.WebClient,
  token: string,
  who: Identity,
  fileId: string,
  say: Tell,
): Promise<void> {
  const locale = who.council.locale;
  let file: z.infer<typeof fileInfo>;
  try {
    const info = await client.files.info({ file: fileId });
    file = fileInfo.parse(info.file ?? {});
  } catch (error) {
    deps.log.warn({ err: error, fileId }, 'files.info failed for a shared agenda');
    return say(describeFailure(locale, { code: 'agenda_file_download_failed' }));
  }
  // Refused by the size Slack reports, before a byte is downloaded.
  const size = checkSharedAgendaSize(file.size);
  if (!size.ok) return say(describeFailure(locale, size));
  const url = file.url_private_download ?? file.url_private;
  const name = file.name ?? file.title ?? '';
  if (url === undefined)
    return say(describeFailure(locale, { code: 'agenda_file_download_failed' }));
  const bytes = await downloadSharedFile(url, { authorization: `Bearer ${token}` });
  if (!bytes.ok) return say(describeFailure(locale, bytes));
  const read = await readSharedAgendaFile(name, bytes.value);
  if (!read.ok) return say(describeFailure(locale, read));
  const staged = await stageAndShow(deps, who, { ...read.value, fileName: name }, say);
  if ('code' in staged) await say(describeFailure(locale, staged));
}

const pastedFormat = (text: string) =>
  agendaFileFormat('', new TextEncoder().encode(text)) === 'markdown' ? 'markdown' : 'text';

function registerSharedFiles(app: App, deps: SlackDeps): void {
  // Acked by Bolt before it runs; Slack's redelivery of the same event id is refused at the door.
  app.event('file_shared', async ({ event, client, context, body }) => {
    const parsed = fileShared.safeParse(event);
    if (!parsed.success) return;
    const { file_id: fileId, user_id: userId, channel_id: channel } = parsed.data;
    if (channel === undefined || !channel.startsWith('D')) return;
    if (userId === context.botUserId) return;
    const teamId = context.teamId ?? (body as { team_id?: string }).team_id;
    const say = postTo(client, channel);
    const who = await identifySlackUser(deps, teamId, userId);
    if (!who.ok) return say(who.text);
    // Refused before anything about the file is read.
    const refused = await refusal(deps, who);
    if (refused !== undefined) return say(refused);
    await readSharedFile(deps, client, context.botToken ?? '', who, fileId, say);
  });
}

type ButtonClick = BlockAction<ButtonAction>;

/** Who clicked, allowed to import; otherwise they have been told why not. */
async function importer(
  deps: SlackDeps,
  body: BlockAction,
  tell: Tell,
): Promise<Identity | undefined> {
  const who = await identifySlackUser(deps, teamOf(body), body.user.id);
  if (!who.ok) {
    await tell(who.text);
    return undefined;
  }
  const refused = await refusal(deps, who);
  if (refused === undefined) return who;
  await tell(refused);
  return undefined;
}

/** The preview message becomes what happened to it, with no buttons left. */
async function closePreview(
  client: webApi.WebClient,
  body: BlockAction,
  text: string,
  tell: Tell,
): Promise<void> {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const ts = body.message?.ts ?? body.container?.message_ts;
  if (channel === undefined || ts === undefined) return tell(text);
  await client.chat.update({ channel, ts, ...importClosedMessage(text) });
}

/** What the secretary is told: a new meeting, or a meeting whose agenda is (or is not yet) sent out. */
function storedKey(created: boolean, status: MeetingStatus): MessageKey {
  if (created) return 'import.stored_new';
  return status === 'agenda_published' ? 'import.stored_into_published' : 'import.stored_into';
}

async function confirm(
  deps: SlackDeps,
  client: webApi.WebClient,
  body: BlockAction,
  pendingId: string,
  meetingId: string | undefined,
): Promise<void> {
  const tell = ephemeralTo(body.response_url);
  const who = await importer(deps, body, tell);
  if (who === undefined) return;
  const locale = who.council.locale;
  const stored = await deps.useCases.confirmAgendaImport({
    councilId: who.council.id,
    actorId: who.member.id,
    pendingId,
    ...(meetingId === undefined ? {} : { meetingId }),
  });
  if (!stored.ok) return tell(describeFailure(locale, stored));
  const { record, created } = stored.value;
  const text = t(locale, storedKey(created, record.meeting.status), {
    title: escapeMrkdwn(record.meeting.title),
    when: meetingWhen(locale, record.meeting),
    count: record.items.length,
  });
  await closePreview(client, body, text, tell);
}

const intoMeetingValue = z.object({ p: z.string(), m: z.string() });

function registerPreviewButtons(app: App, deps: SlackDeps): void {
  app.action<ButtonClick>(meetingActionIds.importConfirm, async ({ ack, body, action, client }) => {
    await ack();
    await confirm(deps, client, body, action.value ?? '', undefined);
  });

  app.action<BlockAction<StaticSelectAction>>(
    meetingActionIds.importIntoMeeting,
    async ({ ack, body, action, client }) => {
      await ack();
      let choice: z.infer<typeof intoMeetingValue> | undefined;
      try {
        choice = intoMeetingValue.parse(JSON.parse(action.selected_option.value));
      } catch {
        choice = undefined;
      }
      if (choice === undefined) {
        const who = await identifySlackUser(deps, teamOf(body), body.user.id);
        const locale: Locale = who.ok ? who.council.locale : who.locale;
        return ephemeralTo(body.response_url)(
          describeFailure(locale, { code: 'agenda_import_not_pending' }),
        );
      }
      await confirm(deps, client, body, choice.p, choice.m);
    },
  );

  app.action<ButtonClick>(meetingActionIds.importCancel, async ({ ack, body, action, client }) => {
    await ack();
    const tell = ephemeralTo(body.response_url);
    const who = await importer(deps, body, tell);
    if (who === undefined) return;
    const cancelled = await deps.useCases.cancelAgendaImport({
      councilId: who.council.id,
      actorId: who.member.id,
      pendingId: action.value ?? '',
    });
    if (!cancelled.ok) return tell(describeFailure(who.council.locale, cancelled));
    await closePreview(client, body, t(who.council.locale, 'import.cancelled'), tell);
  });

  app.action<ButtonClick>(meetingActionIds.importCorrect, async ({ ack, body, action, client }) => {
    await ack();
    const tell = ephemeralTo(body.response_url);
    const who = await importer(deps, body, tell);
    if (who === undefined) return;
    const locale = who.council.locale;
    const pending = await deps.useCases.pendingAgendaImport({
      councilId: who.council.id,
      actorId: who.member.id,
      pendingId: action.value ?? '',
    });
    if (!pending.ok) return tell(describeFailure(locale, pending));
    const { text } = pending.value.pending;
    if ([...text].length > pastedAgendaMaxChars) return tell(t(locale, 'import.correct.too_long'));
    await client.views.open({
      trigger_id: body.trigger_id,
      view: importPasteModal(locale, text, { replaces: pending.value.pendingId }),
    });
  });
}

/** The paste modal's submission ("/raad dagsorden" or "Ret"): a new preview in the DM. */
function registerPasteModal(app: App, deps: SlackDeps): void {
  app.view(meetingCallbackIds.importPreview, async ({ ack, body, view, client }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [pasteBlocks.text]: who.text }));
    const refused = await refusal(deps, who);
    if (refused !== undefined) return ack(modalErrors({ [pasteBlocks.text]: refused }));
    const locale = who.council.locale;
    const text = textOf(elementOf(view.state.values as ViewStateValues, pasteBlocks.text));
    if (text === undefined)
      return ack(modalErrors({ [pasteBlocks.text]: t(locale, 'problem.required') }));
    const staged = await deps.useCases.stageAgendaImport({
      councilId: who.council.id,
      actorId: who.member.id,
      format: pastedFormat(text),
      text,
    });
    if (!staged.ok) return ack(modalErrors({ [pasteBlocks.text]: inlineError(locale, staged) }));
    await ack({
      response_action: 'update',
      view: doneModal(locale, t(locale, 'import.paste.title'), t(locale, 'import.paste.done')),
    });
    // The preview it corrects is dropped: its buttons now say it is gone.
    const { replaces } = pasteMetadataOf(view.private_metadata);
    if (replaces !== undefined)
      await deps.useCases.cancelAgendaImport({
        councilId: who.council.id,
        actorId: who.member.id,
        pendingId: replaces,
      });
    const dm = await client.conversations.open({ users: body.user.id });
    const channel = dm.channel?.id;
    if (channel === undefined) return;
    await postTo(client, channel)(importPreviewMessage(locale, staged.value));
  });
}

/** /raad dagsorden: the paste modal, for the secretariat. */
export const pasteAgendaCommand: RaadSubcommand = {
  kind: 'paste_agenda',
  words: ['dagsorden', 'agenda', 'indsaet', 'indsæt'],
  async run(deps, { command, client, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const refused = await refusal(deps, who);
    if (refused !== undefined) return tell(refused);
    await client.views.open({
      trigger_id: command.trigger_id,
      view: importPasteModal(who.council.locale),
    });
  },
};

export function registerImportListeners(app: App, deps: SlackDeps): void {
  registerSharedFiles(app, deps);
  registerPreviewButtons(app, deps);
  registerPasteModal(app, deps);
}
