import type { Activity } from '@microsoft/agents-activity';
import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { agendaFileFormat } from '../../../documents/meetings/agenda-file-format.ts';
import { downloadSharedFile } from '../../../documents/meetings/download-shared-file.ts';
import { readSharedAgendaFile } from '../../../documents/meetings/shared-agenda-file.ts';
import type { MeetingStatus } from '../../../domain/meetings/meeting.ts';
import { describeFailure, t, type MessageKey } from '../../../i18n/meetings/index.ts';
import { meetingWhen } from '../../present/meetings/import-preview-model.ts';
import {
  failureUnderField,
  fieldOfFailure,
  readNewMeetingForm,
  type NewMeetingForm,
} from '../../present/meetings/new-meeting-form.ts';
import { cardText, defineVerb, type CardAnswer, type CardVerb } from '../card-verbs.ts';
import { noticeCard } from '../cards/notice-card.ts';
import {
  sendCard,
  sendText,
  troubleText,
  type KnownSpeaker,
  type TeamsKit,
} from '../handlers/teams-kit.ts';
import type { TextCommand } from '../text-commands.ts';
import { importPasteCard, importPreviewCard } from './import-preview-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';
import { newMeetingCard } from './new-meeting-card.ts';

/**
 * An agenda into Rådsbot from Teams, for the secretariat: a file shared in
 * the personal chat (Teams' file download info, fetched from its short-lived
 * downloadUrl), a long pasted message, or the "dagsorden" card. A preview
 * card comes first; its buttons store, correct or cancel. "nyt møde" gives
 * the empty meeting form.
 */

const fileDownloadInfo = 'application/vnd.microsoft.teams.file.download.info';
/** Slack's limit for a pasted field, kept here too: a card stays well within Teams' size. */
const pastedMaxChars = 3_000;
const pastedAgendaMinChars = 300;
const filesPerMessage = 3;

const sharedFile = z.looseObject({
  contentType: z.literal(fileDownloadInfo),
  name: z.string().optional(),
  content: z.looseObject({ downloadUrl: z.string(), fileType: z.string().optional() }),
});
type SharedFile = z.infer<typeof sharedFile>;

const sharedFilesOf = (activity: Activity): SharedFile[] =>
  (activity.attachments ?? []).flatMap((attachment) => {
    const parsed = sharedFile.safeParse(attachment);
    return parsed.success ? [parsed.data] : [];
  });

/** Teams sends a pasted text as plain text or as simple HTML; the importer reads lines. */
const plainLines = (text: string) =>
  text
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const pastedFormat = (text: string) =>
  agendaFileFormat('', new TextEncoder().encode(text)) === 'markdown' ? 'markdown' : 'text';

const isPersonalMessage = (activity: Activity) =>
  activity.type === 'message' && activity.conversation?.conversationType === 'personal';

/** The secretariat only; anyone else gets one sentence saying who imports agendas. */
async function importer(kit: TeamsKit, activity: Activity): Promise<KnownSpeaker | string> {
  const speaker = await kit.speaker(activity);
  if (!speaker.ok) return speaker.text;
  const allowed = await kit.deps.useCases.mayImportAgenda({
    councilId: speaker.council.id,
    actorId: speaker.member.id,
  });
  if (allowed.ok) return speaker;
  return allowed.code === 'not_allowed_to_manage_meetings'
    ? t(speaker.council.locale, 'import.member_refused')
    : describeFailure(speaker.council.locale, allowed);
}

async function stage(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  source: { format: 'text' | 'markdown' | 'docx' | 'pdf'; text: string; fileName?: string },
) {
  return kit.deps.useCases.stageAgendaImport({
    councilId: speaker.council.id,
    actorId: speaker.member.id,
    ...source,
  });
}

async function readFile(
  kit: TeamsKit,
  context: TurnContext,
  speaker: KnownSpeaker,
  file: SharedFile,
): Promise<void> {
  const locale = speaker.council.locale;
  const name = file.name ?? '';
  const bytes = await downloadSharedFile(file.content.downloadUrl);
  if (!bytes.ok) return sendText(context, describeFailure(locale, bytes));
  const read = await readSharedAgendaFile(name, bytes.value);
  if (!read.ok) return sendText(context, describeFailure(locale, read));
  const staged = await stage(kit, speaker, { ...read.value, fileName: name });
  if (!staged.ok) return sendText(context, describeFailure(locale, staged));
  await sendCard(context, importPreviewCard(locale, staged.value));
}

/** A file shared in the personal chat, or a long pasted agenda: both before the typed commands. */
export function registerImportChatTeams(app: AgentApplication<TurnState>, kit: TeamsKit): void {
  const pastedAgenda = (activity: Activity): string | undefined => {
    const text = plainLines(activity.text ?? '').trim();
    if (text.length < pastedAgendaMinChars || !text.includes('\n')) return undefined;
    return text;
  };
  const looksLikeAgenda = async (activity: Activity): Promise<boolean> => {
    const text = pastedAgenda(activity);
    if (text === undefined) return false;
    const preview = await kit.deps.useCases.previewAgendaImport({
      format: pastedFormat(text),
      text,
    });
    return (
      preview.ok && preview.value.items.length > 0 && preview.value.meeting.start !== undefined
    );
  };
  app.onActivity(
    async (context) =>
      isPersonalMessage(context.activity) &&
      (sharedFilesOf(context.activity).length > 0 || (await looksLikeAgenda(context.activity))),
    async (context) => {
      try {
        const who = await importer(kit, context.activity);
        if (typeof who === 'string') return await sendText(context, who);
        const files = sharedFilesOf(context.activity);
        for (const file of files.slice(0, filesPerMessage)) await readFile(kit, context, who, file);
        if (files.length > 0) return;
        const text = pastedAgenda(context.activity) ?? '';
        const staged = await stage(kit, who, { format: pastedFormat(text), text });
        if (!staged.ok) return await sendText(context, describeFailure(who.council.locale, staged));
        await sendCard(context, importPreviewCard(who.council.locale, staged.value));
      } catch (error) {
        kit.deps.log.error({ err: error }, 'teams: a shared agenda could not be read');
        await sendText(context, troubleText(undefined, error, kit.deps.defaultLocale));
      }
    },
  );
}

/** A card that replaces the clicked one: who may not, or what failed. */
const refusalCard = (kit: TeamsKit, text: string) =>
  noticeCard(t(kit.deps.defaultLocale, 'import.preview.heading'), [text], 'attention');

const pendingData = z.looseObject({ pendingId: cardText, meetingId: cardText });

/** What the secretary is told: a new meeting, or a meeting whose agenda is (or is not yet) sent out. */
function storedKey(created: boolean, status: MeetingStatus): MessageKey {
  if (created) return 'import.stored_new';
  return status === 'agenda_published' ? 'import.stored_into_published' : 'import.stored_into';
}

async function confirmImport(
  kit: TeamsKit,
  context: TurnContext,
  { pendingId, meetingId }: z.output<typeof pendingData>,
): Promise<CardAnswer> {
  const who = await importer(kit, context.activity);
  if (typeof who === 'string') return refusalCard(kit, who);
  const locale = who.council.locale;
  const heading = t(locale, 'import.preview.heading');
  const stored = await kit.deps.useCases.confirmAgendaImport({
    councilId: who.council.id,
    actorId: who.member.id,
    pendingId: pendingId ?? '',
    ...(meetingId === undefined ? {} : { meetingId }),
  });
  if (!stored.ok) return noticeCard(heading, [describeFailure(locale, stored)], 'attention');
  const { record, created } = stored.value;
  return noticeCard(
    heading,
    [
      t(locale, storedKey(created, record.meeting.status), {
        title: record.meeting.title,
        when: meetingWhen(locale, record.meeting),
        count: record.items.length,
      }),
    ],
    'good',
  );
}

async function cancelImport(
  kit: TeamsKit,
  context: TurnContext,
  { pendingId }: z.output<typeof pendingData>,
): Promise<CardAnswer> {
  const who = await importer(kit, context.activity);
  if (typeof who === 'string') return refusalCard(kit, who);
  const locale = who.council.locale;
  const cancelled = await kit.deps.useCases.cancelAgendaImport({
    councilId: who.council.id,
    actorId: who.member.id,
    pendingId: pendingId ?? '',
  });
  return noticeCard(t(locale, 'import.preview.heading'), [
    cancelled.ok ? t(locale, 'import.cancelled') : describeFailure(locale, cancelled),
  ]);
}

async function correctImport(
  kit: TeamsKit,
  context: TurnContext,
  { pendingId }: z.output<typeof pendingData>,
): Promise<CardAnswer> {
  const who = await importer(kit, context.activity);
  if (typeof who === 'string') return refusalCard(kit, who);
  const locale = who.council.locale;
  const pending = await kit.deps.useCases.pendingAgendaImport({
    councilId: who.council.id,
    actorId: who.member.id,
    pendingId: pendingId ?? '',
  });
  const heading = t(locale, 'import.preview.heading');
  if (!pending.ok) return noticeCard(heading, [describeFailure(locale, pending)], 'attention');
  const { text } = pending.value.pending;
  if ([...text].length > pastedMaxChars)
    return noticeCard(heading, [t(locale, 'import.correct.too_long')], 'attention');
  return importPasteCard(locale, { text, replaces: pending.value.pendingId });
}

const pasteData = z.looseObject({ text: z.unknown().optional(), pendingId: cardText });

async function pasteImport(
  kit: TeamsKit,
  context: TurnContext,
  data: z.output<typeof pasteData>,
): Promise<CardAnswer> {
  const who = await importer(kit, context.activity);
  if (typeof who === 'string') return refusalCard(kit, who);
  const locale = who.council.locale;
  const text = typeof data.text === 'string' ? plainLines(data.text).trim() : '';
  const again = (problem: string) =>
    importPasteCard(
      locale,
      { text, ...(data.pendingId === undefined ? {} : { replaces: data.pendingId }) },
      problem,
    );
  if (text === '') return again(t(locale, 'problem.required'));
  const staged = await stage(kit, who, { format: pastedFormat(text), text });
  if (!staged.ok) return again(describeFailure(locale, staged));
  // The preview it corrects is dropped: its buttons now say it is gone.
  if (data.pendingId !== undefined)
    await kit.deps.useCases.cancelAgendaImport({
      councilId: who.council.id,
      actorId: who.member.id,
      pendingId: data.pendingId,
    });
  return importPreviewCard(locale, staged.value);
}

const newMeetingData = z.looseObject({
  title: cardText,
  date: cardText,
  start: cardText,
  end: cardText,
  place: cardText,
  link: cardText,
  afbudDate: cardText,
  afbudTime: cardText,
});

async function createFromCard(
  kit: TeamsKit,
  context: TurnContext,
  data: z.output<typeof newMeetingData>,
): Promise<CardAnswer> {
  const who = await kit.speaker(context.activity);
  if (!who.ok) return refusalCard(kit, who.text);
  const locale = who.council.locale;
  const form: NewMeetingForm = Object.fromEntries(
    Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const read = readNewMeetingForm(locale, form, {
    councilId: who.council.id,
    actorId: who.member.id,
  });
  if (!read.ok) return newMeetingCard(locale, form, read.errors);
  const created = await kit.deps.useCases.createMeeting(read.input);
  if (!created.ok) {
    if (created.code === 'not_allowed_to_manage_meetings')
      return refusalCard(kit, describeFailure(locale, created));
    return newMeetingCard(locale, form, {
      [fieldOfFailure(created)]: failureUnderField(locale, created),
    });
  }
  const { meeting } = created.value;
  return noticeCard(
    t(locale, 'new_meeting.title'),
    [
      t(locale, 'new_meeting.created_teams', {
        title: meeting.title,
        when: meetingWhen(locale, meeting),
      }),
    ],
    'good',
  );
}

export const importChatVerbs: readonly CardVerb[] = [
  defineVerb(meetingVerbNames.importConfirm, pendingData, confirmImport),
  defineVerb(meetingVerbNames.importCancel, pendingData, cancelImport),
  defineVerb(meetingVerbNames.importCorrect, pendingData, correctImport),
  defineVerb(meetingVerbNames.importPaste, pasteData, pasteImport),
  defineVerb(meetingVerbNames.newMeeting, newMeetingData, createFromCard),
];

/** "dagsorden": the paste card; "nyt møde": the empty meeting form. The secretariat's. */
export const importChatCommands: readonly TextCommand[] = [
  {
    pattern: /^(?:dagsorden|agenda|indsæt dagsorden|indsaet dagsorden|paste agenda)$/,
    help: 'help.command.paste_agenda',
    who: 'member',
    async run(kit, context) {
      const who = await importer(kit, context.activity);
      if (typeof who === 'string') return sendText(context, who);
      return sendCard(context, importPasteCard(who.council.locale));
    },
  },
  {
    pattern: /^(?:nyt møde|nyt moede|ny-moede|nyt-moede|ny møde|new meeting)$/,
    help: 'help.command.new_meeting',
    who: 'member',
    async run(kit, context) {
      const who = await importer(kit, context.activity);
      if (typeof who === 'string') return sendText(context, who);
      return sendCard(context, newMeetingCard(who.council.locale));
    },
  },
];
