/**
 * Getting an agenda in from Slack, end to end through the real Bolt surface
 * and the fake Slack Web API: a file shared in the bot's direct message (or
 * text pasted in /raad dagsorden) gives a preview, and only "Gem dagsorden"
 * stores it. Bad files are refused with a clear answer, nothing stored.
 */
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect } from 'vitest';
import { inputActionId } from '../../../../src/bot/slack/slack-ids.ts';
import { pasteBlocks } from '../../../../src/bot/slack/meetings/import-paste-modal.ts';
import {
  meetingActionIds,
  meetingCallbackIds,
} from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { newMeetingBlocks } from '../../../../src/bot/slack/meetings/new-meeting-modal.ts';
import { pdfWithText } from '../../../support/pdf-fixture.ts';
import { fileSharedEvent } from '../../../support/slack-file-events.ts';
import {
  eventually,
  seedCouncil,
  type SlackCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import {
  blockAction,
  interaction,
  slashCommand,
  viewSubmission,
} from '../../../support/slack-requests.ts';
import { slackTest } from '../../../support/slack-test.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';

const agendaMarkdown = `# RAR Søhøjlandet

**Dagsorden til Rådsmøde**
den 12. marts 2099, kl. 13.00 til 16.00
Sted: Bryggehuset, lokale 3

## 1. Rådets arbejde

**1.1 Velkomst og godkendelse af dagsorden (O)**
- **Sagen kort:** Formanden byder velkommen.

**1.2 Budget for 2099 (B)**
- **Sagen kort:** Sekretariatet har lagt et udkast til budget frem.
- **Indstilling:** Det indstilles, at Rådet godkender budgettet.
- **Oplægsholder:** Ebbe Klitgaard

**1.3 Unge uden uddannelse (Oplæg + D)**
- **Sagen kort:** Jobcentret fortæller om de unge uden uddannelse.
`;

const agendaLines = [
  'RAR Søhøjlandet',
  'Dagsorden til Rådsmøde',
  'den 12. marts 2099, kl. 13.00 til 16.00',
  'Sted: Bryggehuset, lokale 3',
  '1. Rådets arbejde',
  '1.1 Velkomst og godkendelse af dagsorden (O)',
  'Sagen kort: Formanden byder velkommen.',
  '1.2 Budget for 2099 (B)',
  'Sagen kort: Sekretariatet har lagt et udkast frem.',
  'Indstilling: Det indstilles, at Rådet godkender budgettet.',
];

async function agendaDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: agendaLines.map((text) => new Paragraph({ text })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A Word file with a macro part, as Word saves a .docm, but named .docx. */
async function macroDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await agendaDocx());
  zip.file('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
  return zip.generateAsync({ type: 'uint8array' });
}

const encoded = (text: string) => new TextEncoder().encode(text);

interface Setup {
  readonly seeded: SlackCouncil;
  readonly secretary: string;
  readonly member: string;
  readonly dm: string;
}

async function aCouncil(bot: SlackHarness): Promise<Setup> {
  const seeded = await seedCouncil(bot);
  const secretary = seeded.userOf(seeded.roster.secretary);
  const member = seeded.userOf(seeded.roster.members[0] ?? seeded.roster.secretary);
  return { seeded, secretary, member, dm: bot.slack.dmChannelOf(secretary) };
}

type Posted = ReturnType<SlackHarness['slack']['messagesIn']>[number];

const textOf = (message: Posted | undefined) => JSON.stringify(message?.blocks ?? message?.text);

/** The value a button of the preview carries (its pending id), by action id. */
function buttonValue(message: Posted | undefined, actionId: string): string {
  const blocks = (message?.blocks ?? []) as {
    type: string;
    elements?: Record<string, unknown>[];
  }[];
  for (const block of blocks)
    for (const element of block.elements ?? [])
      if (element['action_id'] === actionId) return String(element['value']);
  throw new Error(`no ${actionId} button in ${textOf(message)}`);
}

async function shareFile(
  bot: SlackHarness,
  userId: string,
  file: { id: string; name: string; bytes: Uint8Array; size?: number },
) {
  bot.slack.addFile(file);
  const answered = await bot.post(fileSharedEvent({ userId, fileId: file.id }));
  expect(answered.status).toBe(200);
}

const messagesIn = (bot: SlackHarness, channel: string) => () => {
  const all = bot.slack.messagesIn(channel);
  return all.length > 0 ? all : undefined;
};

const click = (bot: SlackHarness, s: Setup, actionId: string, value: string, ts: string) =>
  bot.post(
    blockAction({
      actionId,
      value,
      userId: s.secretary,
      channelId: s.dm,
      messageTs: ts,
      responseUrl: `${bot.slack.hooksUrl}actions/${s.secretary}`,
    }),
  );

const meetingsOf = (bot: SlackHarness, s: Setup) => bot.deps.meetings.meetings(s.seeded.council.id);

const ephemeralTexts = (bot: SlackHarness) =>
  bot.slack.callsTo('response_url').map((call) => String(call.args['text'] ?? ''));

describe('an agenda shared with the bot in Slack', () => {
  slackTest(
    'the secretary shares a .md file in the direct message, sees the preview with numbers, kinds and presenters, and "Gem dagsorden" clicked twice stores one meeting',
    async ({ bot }) => {
      const s = await aCouncil(bot);
      await shareFile(bot, s.secretary, {
        id: 'F0MD',
        name: 'dagsorden.md',
        bytes: encoded(agendaMarkdown),
      });
      const [preview] = await eventually(messagesIn(bot, s.dm), 'the preview was posted');
      const shown = textOf(preview);
      expect(shown).toContain('Forhåndsvisning af dagsorden');
      expect(shown).toContain('*1.2* Budget for 2099 (Oplæg+B) · oplæg ved Ebbe Klitgaard');
      expect(shown).toContain('*1.3* Unge uden uddannelse (Oplæg+D)');
      expect(shown).toContain('Alle linjer er placeret.');
      expect(blockKitViolations({ blocks: preview?.blocks ?? [] }, 'message')).toEqual([]);
      expect(await meetingsOf(bot, s)).toEqual([]);

      const pendingId = buttonValue(preview, meetingActionIds.importConfirm);
      await click(bot, s, meetingActionIds.importConfirm, pendingId, preview?.ts ?? '');
      await eventually(
        () => bot.slack.messagesIn(s.dm)[0]?.updateCount === 1,
        'the preview says it is stored',
      );
      expect(textOf(bot.slack.messagesIn(s.dm)[0])).toContain('Gemt som et nyt møde: *Rådsmøde*');
      await click(bot, s, meetingActionIds.importConfirm, pendingId, preview?.ts ?? '');
      await eventually(
        () => ephemeralTexts(bot).some((text) => text.includes('findes ikke længere')),
        'the second click is told the preview is gone',
      );
      const stored = await meetingsOf(bot, s);
      expect(stored).toHaveLength(1);
      expect(stored[0]?.meeting).toMatchObject({
        title: 'Rådsmøde',
        start: '2099-03-12T13:00',
        end: '2099-03-12T16:00',
        place: 'Bryggehuset, lokale 3',
      });
      expect(stored[0]?.items.map((item) => item.title)).toEqual([
        'Velkomst og godkendelse af dagsorden',
        'Budget for 2099',
        'Unge uden uddannelse',
      ]);
    },
  );

  slackTest(
    'a .docx shared in the direct message is read through the bot token and stored into the planned meeting chosen in the preview',
    async ({ bot }) => {
      const s = await aCouncil(bot);
      const planned = await bot.useCases.createMeeting({
        councilId: s.seeded.council.id,
        actorId: s.seeded.roster.secretary.id,
        title: 'Rådsmøde i marts',
        start: '2099-03-12T13:00',
        end: '2099-03-12T16:00',
      });
      if (!planned.ok) throw new Error(planned.code);
      await shareFile(bot, s.secretary, {
        id: 'F0DOCX',
        name: 'Dagsorden marts.docx',
        bytes: await agendaDocx(),
      });
      const [preview] = await eventually(messagesIn(bot, s.dm), 'the preview was posted');
      expect(bot.slack.downloadsOf('F0DOCX')).toBe(1);
      expect(textOf(preview)).toContain('Fra filen «Dagsorden marts.docx».');
      expect(blockKitViolations({ blocks: preview?.blocks ?? [] }, 'message')).toEqual([]);
      const choice = JSON.stringify({
        p: buttonValue(preview, meetingActionIds.importConfirm),
        m: planned.value.meeting.id,
      });
      await bot.post(selectAction(bot, s, choice, preview?.ts ?? ''));
      await eventually(
        () => bot.slack.messagesIn(s.dm)[0]?.updateCount === 1,
        'the preview says it is stored',
      );
      expect(textOf(bot.slack.messagesIn(s.dm)[0])).toContain('Gemt i mødet *Rådsmøde i marts*');
      const stored = await meetingsOf(bot, s);
      expect(stored).toHaveLength(1);
      expect(stored[0]?.items.map((item) => item.title)).toEqual([
        'Velkomst og godkendelse af dagsorden',
        'Budget for 2099',
      ]);
    },
  );

  slackTest(
    'a 50 MB file is refused by the size Slack reports, without downloading it',
    async ({ bot }) => {
      const s = await aCouncil(bot);
      await shareFile(bot, s.secretary, {
        id: 'F0BIG',
        name: 'dagsorden.pdf',
        bytes: encoded('%PDF-1.4'),
        size: 50 * 1024 * 1024,
      });
      const [answer] = await eventually(messagesIn(bot, s.dm), 'the refusal was posted');
      expect(answer?.text).toContain('Filen er for stor (50 MB)');
      expect(answer?.text).toContain('højst 20 MB');
      expect(bot.slack.downloadsOf('F0BIG')).toBe(0);
      expect(await meetingsOf(bot, s)).toEqual([]);
    },
  );

  slackTest('a Word file with macros is refused for security, nothing stored', async ({ bot }) => {
    const s = await aCouncil(bot);
    await shareFile(bot, s.secretary, {
      id: 'F0MACRO',
      name: 'dagsorden.docx',
      bytes: await macroDocx(),
    });
    const [answer] = await eventually(messagesIn(bot, s.dm), 'the refusal was posted');
    expect(answer?.text).toContain('Word-filer med makroer læses ikke af sikkerhedshensyn');
    expect(await meetingsOf(bot, s)).toEqual([]);
  });

  slackTest('a PDF without text (a scan) is refused, nothing stored', async ({ bot }) => {
    const s = await aCouncil(bot);
    await shareFile(bot, s.secretary, {
      id: 'F0SCAN',
      name: 'scan.pdf',
      bytes: pdfWithText([[], []]),
    });
    const [answer] = await eventually(messagesIn(bot, s.dm), 'the refusal was posted');
    expect(answer?.text).toContain('PDF-filen har ingen tekst');
    expect(await meetingsOf(bot, s)).toEqual([]);
  });

  slackTest('an unknown type and a failed download each get a clear answer', async ({ bot }) => {
    const s = await aCouncil(bot);
    await shareFile(bot, s.secretary, {
      id: 'F0PNG',
      name: 'foto.png',
      bytes: new Uint8Array([0x89, 0x50, 0, 0]),
    });
    await eventually(
      () => bot.slack.messagesIn(s.dm).some((m) => m.text?.includes('«foto.png» er ikke en fil')),
      'the unknown type was refused',
    );
    bot.slack.addFile({
      id: 'F0GONE',
      name: 'dagsorden.md',
      bytes: encoded(agendaMarkdown),
      downloadStatus: 500,
    });
    await bot.post(fileSharedEvent({ userId: s.secretary, fileId: 'F0GONE' }));
    await eventually(
      () => bot.slack.messagesIn(s.dm).some((m) => m.text?.includes('Filen kunne ikke hentes')),
      'the failed download was told',
    );
    expect(await meetingsOf(bot, s)).toEqual([]);
  });

  slackTest(
    'a member who shares a file is told politely that only the secretariat imports agendas',
    async ({ bot }) => {
      const s = await aCouncil(bot);
      await shareFile(bot, s.member, {
        id: 'F0MEMBER',
        name: 'dagsorden.md',
        bytes: encoded(agendaMarkdown),
      });
      const memberDm = bot.slack.dmChannelOf(s.member);
      const [answer] = await eventually(messagesIn(bot, memberDm), 'the member was answered');
      expect(answer?.text).toBe(
        'Kun sekretariatet og formandskabet indlæser dagsordener. Send gerne filen til sekretariatet.',
      );
      expect(bot.slack.downloadsOf('F0MEMBER')).toBe(0);
      expect(await meetingsOf(bot, s)).toEqual([]);
    },
  );

  slackTest(
    "a file shared in the council channel is not read: only the bot's direct message is a way in",
    async ({ bot }) => {
      const s = await aCouncil(bot);
      bot.slack.addFile({ id: 'F0CHAN', name: 'dagsorden.md', bytes: encoded(agendaMarkdown) });
      const answered = await bot.post(
        fileSharedEvent({ userId: s.secretary, fileId: 'F0CHAN', channelId: 'C0BYRAAD01' }),
      );
      expect(answered.status).toBe(200);
      // The DM case answers through files.info first; here nothing is asked of Slack at all.
      await bot.post(fileSharedEvent({ userId: s.secretary, fileId: 'F0CHAN' }));
      await eventually(messagesIn(bot, s.dm), 'the DM share was answered');
      expect(bot.slack.callsTo('files.info')).toHaveLength(1);
      expect(bot.slack.messagesIn('C0BYRAAD01')).toEqual([]);
    },
  );

  slackTest('"Annullér" leaves nothing stored and the preview says so', async ({ bot }) => {
    const s = await aCouncil(bot);
    await shareFile(bot, s.secretary, {
      id: 'F0CANCEL',
      name: 'dagsorden.md',
      bytes: encoded(agendaMarkdown),
    });
    const [preview] = await eventually(messagesIn(bot, s.dm), 'the preview was posted');
    const pendingId = buttonValue(preview, meetingActionIds.importCancel);
    await click(bot, s, meetingActionIds.importCancel, pendingId, preview?.ts ?? '');
    await eventually(
      () => bot.slack.messagesIn(s.dm)[0]?.text === 'Annulleret. Intet er gemt.',
      'the preview says it was cancelled',
    );
    await click(bot, s, meetingActionIds.importConfirm, pendingId, preview?.ts ?? '');
    await eventually(
      () => ephemeralTexts(bot).some((text) => text.includes('findes ikke længere')),
      'a late confirm finds nothing',
    );
    expect(await meetingsOf(bot, s)).toEqual([]);
  });
});

/** The secretary picks a planned meeting in the preview's select (after its confirm dialog). */
function selectAction(bot: SlackHarness, s: Setup, value: string, ts: string) {
  const payload = JSON.parse(
    new URLSearchParams(
      blockAction({
        actionId: meetingActionIds.importIntoMeeting,
        userId: s.secretary,
        channelId: s.dm,
        messageTs: ts,
        responseUrl: `${bot.slack.hooksUrl}actions/${s.secretary}`,
      }).body,
    ).get('payload') ?? '{}',
  ) as { actions: Record<string, unknown>[] };
  payload.actions = [
    {
      type: 'static_select',
      action_id: meetingActionIds.importIntoMeeting,
      block_id: 'import',
      selected_option: { text: { type: 'plain_text', text: 'Rådsmøde' }, value },
      action_ts: '1.2',
    },
  ];
  return interaction(payload);
}

describe('an agenda pasted in Slack', () => {
  slackTest(
    '/raad dagsorden opens the paste form; the preview comes in the direct message, "Ret" corrects it and "Gem dagsorden" stores the corrected agenda',
    async ({ bot }) => {
      const s = await aCouncil(bot);
      await bot.post(
        slashCommand({
          command: '/raad',
          text: 'dagsorden',
          userId: s.secretary,
          responseUrl: `${bot.slack.hooksUrl}commands/${s.secretary}`,
        }),
      );
      const [opened] = await eventually(() => {
        const calls = bot.slack.callsTo('views.open');
        return calls.length > 0 ? calls : undefined;
      }, 'the paste form opened');
      expect(JSON.stringify(opened?.args['view'])).toContain('højst 3.000 tegn');
      expect(blockKitViolations(opened?.args['view'] as Record<string, unknown>, 'modal')).toEqual(
        [],
      );

      const submit = (text: string, privateMetadata = '') =>
        bot.post(
          viewSubmission({
            callbackId: meetingCallbackIds.importPreview,
            userId: s.secretary,
            privateMetadata,
            values: {
              [pasteBlocks.text]: { [inputActionId]: { type: 'plain_text_input', value: text } },
            },
          }),
        );
      const first = await submit(agendaMarkdown.replace('Budget for 2099', 'Budgt for 2099'));
      expect(JSON.stringify(first.json)).toContain('din direkte besked');
      const [preview] = await eventually(messagesIn(bot, s.dm), 'the preview was posted');
      expect(textOf(preview)).toContain('Budgt for 2099');

      const pendingId = buttonValue(preview, meetingActionIds.importCorrect);
      await click(bot, s, meetingActionIds.importCorrect, pendingId, preview?.ts ?? '');
      const correcting = await eventually(() => {
        const calls = bot.slack.callsTo('views.open');
        return calls.length > 1 ? calls[1] : undefined;
      }, 'the correction form opened with the text');
      const view = correcting.args['view'] as { private_metadata: string };
      expect(JSON.stringify(view)).toContain('Budgt for 2099');

      await submit(agendaMarkdown, view.private_metadata);
      const second = await eventually(
        () => bot.slack.messagesIn(s.dm)[1],
        'the corrected preview was posted',
      );
      expect(textOf(second)).toContain('*1.2* Budget for 2099');
      await click(bot, s, meetingActionIds.importConfirm, pendingId, preview?.ts ?? '');
      await eventually(
        () => ephemeralTexts(bot).some((text) => text.includes('findes ikke længere')),
        'the corrected preview replaced the first',
      );
      await click(
        bot,
        s,
        meetingActionIds.importConfirm,
        buttonValue(second, meetingActionIds.importConfirm),
        second.ts,
      );
      await eventually(
        async () => (await meetingsOf(bot, s)).length === 1,
        'the agenda was stored',
      );
      const [stored] = await meetingsOf(bot, s);
      expect(stored?.items.map((item) => item.title)).toContain('Budget for 2099');
    },
  );
});

describe('the empty meeting form in Slack', () => {
  const values = (date: string) => ({
    [newMeetingBlocks.title]: { [inputActionId]: { type: 'plain_text_input', value: 'Rådsmøde' } },
    [newMeetingBlocks.date]: { [inputActionId]: { type: 'datepicker', selected_date: date } },
    [newMeetingBlocks.start]: { [inputActionId]: { type: 'timepicker', selected_time: '13:00' } },
    [newMeetingBlocks.end]: { [inputActionId]: { type: 'timepicker', selected_time: '16:00' } },
    [newMeetingBlocks.place]: {
      [inputActionId]: { type: 'plain_text_input', value: 'Bryggehuset' },
    },
    [newMeetingBlocks.link]: { [inputActionId]: { type: 'plain_text_input', value: null } },
    [newMeetingBlocks.afbudDate]: { [inputActionId]: { type: 'datepicker', selected_date: null } },
    [newMeetingBlocks.afbudTime]: { [inputActionId]: { type: 'timepicker', selected_time: null } },
  });

  slackTest(
    '/raad nyt møde opens the form; a date that does not exist is named on the date field and nothing is stored; a good one creates the meeting',
    async ({ bot }) => {
      const s = await aCouncil(bot);
      await bot.post(
        slashCommand({
          command: '/raad',
          text: 'nyt møde',
          userId: s.secretary,
          responseUrl: `${bot.slack.hooksUrl}commands/${s.secretary}`,
        }),
      );
      const [opened] = await eventually(() => {
        const calls = bot.slack.callsTo('views.open');
        return calls.length > 0 ? calls : undefined;
      }, 'the form opened');
      expect((opened?.args['view'] as { callback_id: string }).callback_id).toBe(
        meetingCallbackIds.newMeeting,
      );
      expect(blockKitViolations(opened?.args['view'] as Record<string, unknown>, 'modal')).toEqual(
        [],
      );

      const refused = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.newMeeting,
          userId: s.secretary,
          values: values('2099-02-30'),
        }),
      );
      const errors = (refused.json as { errors: Record<string, string> }).errors;
      expect(Object.keys(errors)).toEqual([newMeetingBlocks.date]);
      expect(await meetingsOf(bot, s)).toEqual([]);

      const created = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.newMeeting,
          userId: s.secretary,
          values: values('2099-03-12'),
        }),
      );
      expect(JSON.stringify(created.json)).toContain('er oprettet');
      const [stored] = await meetingsOf(bot, s);
      expect(stored?.meeting).toMatchObject({
        title: 'Rådsmøde',
        start: '2099-03-12T13:00',
        end: '2099-03-12T16:00',
        place: 'Bryggehuset',
      });
    },
  );

  slackTest('a member cannot open the form: they are told who may', async ({ bot }) => {
    const s = await aCouncil(bot);
    await bot.post(
      slashCommand({
        command: '/raad',
        text: 'nyt møde',
        userId: s.member,
        responseUrl: `${bot.slack.hooksUrl}commands/${s.member}`,
      }),
    );
    await eventually(() => ephemeralTexts(bot).length > 0, 'the member was answered');
    expect(bot.slack.callsTo('views.open')).toEqual([]);
  });
});
