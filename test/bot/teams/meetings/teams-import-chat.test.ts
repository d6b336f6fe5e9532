/**
 * Getting an agenda in from Teams, end to end through the real Agents SDK
 * and the fake Bot Connector (which also serves the shared files' downloadUrl):
 * a file shared in the personal chat, or a pasted text, gives a preview card,
 * and only "Gem dagsorden" stores it. Bad files get a clear answer, nothing stored.
 */
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect } from 'vitest';
import { meetingVerbNames } from '../../../../src/bot/teams/meetings/meeting-verb-names.ts';
import { pdfWithText } from '../../../support/pdf-fixture.ts';
import { TEAMS_PEOPLE, type TeamsAccount } from '../../../support/teams-activities.ts';
import { click, replyText, say } from '../../../support/teams-flows.ts';
import {
  COUNCIL_ID,
  invokeCard,
  teamsTest,
  textOf,
  type AdaptiveCardJson,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';
import type { WireActivity } from '../../../fakes/fake-bot-connector.ts';
import { cardIn } from '../../../support/teams-harness.ts';

const agendaText = [
  'RAR Søhøjlandet',
  '',
  'Dagsorden til Rådsmøde',
  'den 12. marts 2099, kl. 13.00 til 16.00',
  'Sted: Bryggehuset, lokale 3',
  '',
  '1. Rådets arbejde',
  '',
  '1.1 Velkomst og godkendelse af dagsorden (O)',
  'Sagen kort: Formanden byder velkommen.',
  '',
  '1.2 Budget for 2099 (B)',
  'Sagen kort: Sekretariatet har lagt et udkast til budget frem.',
  'Indstilling: Det indstilles, at Rådet godkender budgettet.',
  '',
  '1.3 Unge uden uddannelse (D)',
  'Sagen kort: Jobcentret fortæller om de unge uden uddannelse.',
  '',
].join('\n');

async function agendaDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: agendaText
          .split('\n')
          .filter((line) => line !== '')
          .map((text) => new Paragraph({ text })),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function macroDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await agendaDocx());
  zip.file('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
  return zip.generateAsync({ type: 'uint8array' });
}

const encoded = (text: string) => new TextEncoder().encode(text);

/** Shares a file in the person's personal chat; returns the bot's last reply to it. */
async function shareFile(
  h: TeamsHarness,
  from: TeamsAccount,
  file: { id: string; name: string; bytes: Uint8Array; announcedSize?: number; status?: number },
): Promise<WireActivity> {
  const chat = h.teams.personalChatWith(from);
  const message = {
    ...h.teams.message(from, '', chat),
    attachments: [h.connector.shareFile(file)],
  };
  const answer = await h.post(message);
  expect(answer.status).toBe(200);
  const reply = h.connector.repliesTo(message.id).at(-1);
  if (!reply) throw new Error(`no reply to the shared ${file.name}`);
  return reply;
}

const meetings = (h: TeamsHarness) => h.bot.deps.meetings.meetings(COUNCIL_ID);

const pendingIdOf = (card: AdaptiveCardJson | undefined): string => {
  const id = card?.actions?.find((action) => action.verb === meetingVerbNames.importConfirm)
    ?.data?.['pendingId'];
  if (typeof id !== 'string') throw new Error(`no confirm button in ${JSON.stringify(card)}`);
  return id;
};

const secretary = TEAMS_PEOPLE.secretary;

describe('an agenda shared with the bot in Teams', () => {
  teamsTest(
    'the secretary shares a .docx in the personal chat, sees the preview card, and "Gem dagsorden" clicked twice stores one meeting',
    async ({ h }) => {
      const reply = await shareFile(h, secretary, {
        id: 'doc-1',
        name: 'Dagsorden marts.docx',
        bytes: await agendaDocx(),
      });
      const preview = cardIn(reply);
      const shown = textOf(preview);
      expect(shown).toContain('Forhåndsvisning af dagsorden');
      expect(shown).toContain('Fra filen «Dagsorden marts.docx».');
      expect(shown).toContain('**1.2** Budget for 2099 (B)');
      expect(shown).toContain('Alle linjer er placeret.');
      expect(await meetings(h)).toEqual([]);

      const chat = h.teams.personalChatWith(secretary);
      const pendingId = pendingIdOf(preview);
      const first = invokeCard(
        await click(h, secretary, meetingVerbNames.importConfirm, { pendingId }, chat),
      );
      expect(textOf(first)).toContain('Gemt som et nyt møde: *Rådsmøde*');
      const second = invokeCard(
        await click(h, secretary, meetingVerbNames.importConfirm, { pendingId }, chat),
      );
      expect(textOf(second)).toContain('findes ikke længere');
      const stored = await meetings(h);
      expect(stored).toHaveLength(1);
      expect(stored[0]?.meeting).toMatchObject({
        title: 'Rådsmøde',
        start: '2099-03-12T13:00',
        place: 'Bryggehuset, lokale 3',
      });
      expect(stored[0]?.items.map((item) => item.title)).toEqual([
        'Velkomst og godkendelse af dagsorden',
        'Budget for 2099',
        'Unge uden uddannelse',
      ]);
    },
  );

  teamsTest(
    'a .md shared in the personal chat is stored into the planned meeting chosen on the card',
    async ({ h }) => {
      const planned = await h.bot.useCases.createMeeting({
        councilId: COUNCIL_ID,
        actorId: 'signe',
        title: 'Rådsmøde i marts',
        start: '2099-03-12T13:00',
        end: '2099-03-12T16:00',
      });
      if (!planned.ok) throw new Error(planned.code);
      const reply = await shareFile(h, secretary, {
        id: 'md-1',
        name: 'dagsorden.md',
        bytes: encoded(`# ${agendaText}`),
      });
      const preview = cardIn(reply);
      expect(textOf(preview)).toContain('Rådsmøde i marts');
      const stored = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.importConfirm,
          { pendingId: pendingIdOf(preview), meetingId: planned.value.meeting.id },
          h.teams.personalChatWith(secretary),
        ),
      );
      expect(textOf(stored)).toContain('Gemt i mødet *Rådsmøde i marts*');
      expect(textOf(stored)).toContain('Dagsordenen er ikke udsendt endnu.');
      const all = await meetings(h);
      expect(all).toHaveLength(1);
      expect(all[0]?.items).toHaveLength(3);

      // Once the agenda is out, a new file says how to update the channel.
      const meetingId = planned.value.meeting.id;
      const published = await h.bot.useCases.publishAgenda({
        councilId: COUNCIL_ID,
        actorId: 'signe',
        meetingId,
      });
      expect(published.ok).toBe(true);
      const again = cardIn(
        await shareFile(h, secretary, {
          id: 'md-2',
          name: 'dagsorden.md',
          bytes: encoded(`# ${agendaText}`),
        }),
      );
      const restored = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.importConfirm,
          { pendingId: pendingIdOf(again), meetingId },
          h.teams.personalChatWith(secretary),
        ),
      );
      expect(textOf(restored)).toContain(
        'Dagsordenen er allerede udsendt: offentliggør igen for at opdatere beskederne i kanalen.',
      );
      expect(textOf(restored)).not.toContain('ikke udsendt');
    },
  );

  teamsTest('a 50 MB file is refused by its announced size, not read', async ({ h }) => {
    const reply = await shareFile(h, secretary, {
      id: 'big-1',
      name: 'dagsorden.pdf',
      bytes: new Uint8Array(),
      announcedSize: 50 * 1024 * 1024,
    });
    expect(replyText(reply)).toContain('Filen er for stor (50 MB)');
    expect(replyText(reply)).toContain('højst 20 MB');
    expect(h.connector.downloadsOf('big-1').completed).toBe(0);
    expect(await meetings(h)).toEqual([]);
  });

  teamsTest('a Word file with macros is refused for security', async ({ h }) => {
    const reply = await shareFile(h, secretary, {
      id: 'macro-1',
      name: 'dagsorden.docx',
      bytes: await macroDocx(),
    });
    expect(replyText(reply)).toContain('Word-filer med makroer læses ikke af sikkerhedshensyn');
    expect(await meetings(h)).toEqual([]);
  });

  teamsTest('a PDF without text, and a failed download, each get a clear answer', async ({ h }) => {
    const scan = await shareFile(h, secretary, {
      id: 'scan-1',
      name: 'scan.pdf',
      bytes: pdfWithText([[], []]),
    });
    expect(replyText(scan)).toContain('PDF-filen har ingen tekst');
    const failed = await shareFile(h, secretary, {
      id: 'gone-1',
      name: 'dagsorden.md',
      bytes: encoded(agendaText),
      status: 403,
    });
    expect(replyText(failed)).toContain('Filen kunne ikke hentes');
    expect(await meetings(h)).toEqual([]);
  });

  teamsTest(
    'a member who shares a file is told only the secretariat imports agendas',
    async ({ h }) => {
      const reply = await shareFile(h, TEAMS_PEOPLE.memberB, {
        id: 'member-1',
        name: 'dagsorden.md',
        bytes: encoded(agendaText),
      });
      expect(replyText(reply)).toBe(
        'Kun sekretariatet og formandskabet indlæser dagsordener. Send gerne filen til sekretariatet.',
      );
      expect(h.connector.downloadsOf('member-1').started).toBe(0);
      expect(await meetings(h)).toEqual([]);
    },
  );

  teamsTest(
    'a member clicking the secretary\'s "Gem dagsorden" is told who may, and nothing is stored',
    async ({ h }) => {
      const reply = await shareFile(h, secretary, {
        id: 'forged-1',
        name: 'dagsorden.txt',
        bytes: encoded(agendaText),
      });
      const member = TEAMS_PEOPLE.memberB;
      const refused = invokeCard(
        await click(
          h,
          member,
          meetingVerbNames.importConfirm,
          { pendingId: pendingIdOf(cardIn(reply)) },
          h.teams.personalChatWith(member),
        ),
      );
      expect(textOf(refused)).toContain('Kun sekretariatet og formandskabet indlæser dagsordener');
      expect(await meetings(h)).toEqual([]);
    },
  );

  teamsTest('"Annullér" leaves nothing stored', async ({ h }) => {
    const reply = await shareFile(h, secretary, {
      id: 'cancel-1',
      name: 'dagsorden.txt',
      bytes: encoded(agendaText),
    });
    const chat = h.teams.personalChatWith(secretary);
    const pendingId = pendingIdOf(cardIn(reply));
    const cancelled = invokeCard(
      await click(h, secretary, meetingVerbNames.importCancel, { pendingId }, chat),
    );
    expect(textOf(cancelled)).toContain('Annulleret. Intet er gemt.');
    const late = invokeCard(
      await click(h, secretary, meetingVerbNames.importConfirm, { pendingId }, chat),
    );
    expect(textOf(late)).toContain('findes ikke længere');
    expect(await meetings(h)).toEqual([]);
  });
});

describe('an agenda pasted in Teams', () => {
  teamsTest(
    'a long pasted message gives a preview; "Ret" opens its text, the corrected text gives a new preview, and "Gem dagsorden" stores it',
    async ({ h }) => {
      const chat = h.teams.personalChatWith(secretary);
      const reply = await say(
        h,
        secretary,
        agendaText.replace('Budget for 2099', 'Budgt for 2099'),
        chat,
      );
      const preview = cardIn(reply);
      expect(textOf(preview)).toContain('Fra den indsatte tekst.');
      expect(textOf(preview)).toContain('Budgt for 2099');
      const pendingId = pendingIdOf(preview);

      const correcting = invokeCard(
        await click(h, secretary, meetingVerbNames.importCorrect, { pendingId }, chat),
      );
      const input = correcting.body.find((element) => element['id'] === 'text');
      expect(String(input?.['value'])).toContain('Budgt for 2099');
      const corrected = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.importPaste,
          { pendingId, text: agendaText },
          chat,
        ),
      );
      expect(textOf(corrected)).toContain('**1.2** Budget for 2099 (B)');
      const old = invokeCard(
        await click(h, secretary, meetingVerbNames.importConfirm, { pendingId }, chat),
      );
      expect(textOf(old)).toContain('findes ikke længere');
      const stored = invokeCard(
        await click(
          h,
          secretary,
          meetingVerbNames.importConfirm,
          { pendingId: pendingIdOf(corrected) },
          chat,
        ),
      );
      expect(textOf(stored)).toContain('Gemt som et nyt møde');
      const [meeting] = await meetings(h);
      expect(meeting?.items.map((item) => item.title)).toContain('Budget for 2099');
    },
  );

  teamsTest('"dagsorden" answers the paste card; an empty paste is named', async ({ h }) => {
    const chat = h.teams.personalChatWith(secretary);
    const card = cardIn(await say(h, secretary, 'dagsorden', chat));
    expect(card?.actions?.[0]?.verb).toBe(meetingVerbNames.importPaste);
    const refused = invokeCard(
      await click(h, secretary, meetingVerbNames.importPaste, { text: '  ' }, chat),
    );
    expect(textOf(refused)).toContain('skal udfyldes');
    expect(await meetings(h)).toEqual([]);
  });
});

describe('the empty meeting card in Teams', () => {
  const form = (date: string) => ({
    title: 'Rådsmøde',
    date,
    start: '13:00',
    end: '16:00',
    place: 'Bryggehuset',
    link: '',
    afbudDate: '',
    afbudTime: '',
  });

  teamsTest(
    '"nyt møde" answers the form; a date that does not exist is named under the date and nothing is stored; a good one creates the meeting',
    async ({ h }) => {
      const chat = h.teams.personalChatWith(secretary);
      const card = cardIn(await say(h, secretary, 'nyt møde', chat));
      expect(card?.actions?.[0]?.verb).toBe(meetingVerbNames.newMeeting);
      const refused = invokeCard(
        await click(h, secretary, meetingVerbNames.newMeeting, form('2099-02-30'), chat),
      );
      const problems = refused.body.filter((element) => element['color'] === 'Attention');
      expect(problems).toHaveLength(1);
      expect(String(problems[0]?.['text'])).toMatch(/^Dato /);
      expect(await meetings(h)).toEqual([]);
      const created = invokeCard(
        await click(h, secretary, meetingVerbNames.newMeeting, form('2099-03-12'), chat),
      );
      expect(textOf(created)).toContain('er oprettet');
      // Teams is told the Teams word, not Slack's /raad command.
      expect(textOf(created)).toContain('skriv «dagsorden»');
      expect(textOf(created)).not.toContain('/raad');
      const [meeting] = await meetings(h);
      expect(meeting?.meeting).toMatchObject({ title: 'Rådsmøde', start: '2099-03-12T13:00' });
    },
  );

  teamsTest('a member typing "nyt møde" is told who may', async ({ h }) => {
    const chat = h.teams.personalChatWith(TEAMS_PEOPLE.memberB);
    const reply = await say(h, TEAMS_PEOPLE.memberB, 'nyt møde', chat);
    expect(replyText(reply)).toContain('Kun sekretariatet');
  });
});
