/** A meeting with an agenda in the Teams harness's council, and where its cards land in the channel. */
import { localDateInDays } from '../../../fakes/test-instants.ts';
import type { WireActivity } from '../../../fakes/fake-bot-connector.ts';
import {
  cardIn,
  type AdaptiveCardJson,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';

export const threeItems = `1. Rådets arbejde

1.1 Velkomst og godkendelse af dagsorden (O)
Sagen kort: Formanden byder velkommen.

1.2 Budget for 2028 (B)
Sagen kort: Sekretariatet har lagt et udkast til budget frem.
Indstilling: Det indstilles, at Rådet godkender budgettet.
Sagsfremstilling: Budgettet bygger på sidste års regnskab og de nye bevillinger.
Bilag 1.2.A – Budgetoversigt

1.3 Unge uden uddannelse (Oplæg + D)
Sagen kort: Jobcentret fortæller om de unge uden uddannelse.
`;

/** An agenda of `count` items, alternating B, D and O, each with a few lines of text. */
export function agendaOf(count: number): string {
  const kinds = ['B', 'D', 'O'];
  const lines = ['1. Rådets arbejde', ''];
  for (let n = 1; n <= count; n++) {
    lines.push(
      `1.${n} Punkt nummer ${n} om beskæftigelse (${kinds[n % 3]})`,
      `Sagen kort: Sagen kort om punkt ${n}.`,
      `Indstilling: Det indstilles, at Rådet drøfter punkt ${n}.`,
      '',
    );
  }
  return lines.join('\n');
}

/** The secretary (signe) creates a meeting in 14 days and imports `agenda` into it. */
export async function aMeeting(h: TeamsHarness, agenda = threeItems) {
  const councilId = h.council.id;
  const actorId = 'signe';
  const day = localDateInDays(14, h.bot.deps.clock.now());
  const created = await h.bot.useCases.createMeeting({
    councilId,
    actorId,
    title: 'Rådsmøde',
    start: `${day}T13:00`,
    end: `${day}T16:00`,
    place: 'Havnehuset, mødelokale 2',
  });
  if (!created.ok) throw new Error(`createMeeting: ${created.code}`);
  const meetingId = created.value.meeting.id;
  const imported = await h.bot.useCases.importAgendaIntoMeeting({
    councilId,
    actorId,
    meetingId,
    format: 'text',
    text: agenda,
  });
  if (!imported.ok) throw new Error(`importAgendaIntoMeeting: ${imported.code} ${imported.field}`);
  return { councilId, actorId, meetingId, items: imported.value.record.items };
}

/** Accepted new posts (not updates) in a conversation, with the ids the connector gave them. */
export function postsIn(
  h: TeamsHarness,
  conversationId: string,
): { id: string; activity: WireActivity }[] {
  return h.connector.calls
    .filter(
      (call) =>
        call.operation === 'sendToConversation' &&
        call.status < 300 &&
        call.conversationId === conversationId,
    )
    .map((call) => ({
      id: String((call.response as { id: string }).id),
      activity: call.body as WireActivity,
    }));
}

/** The overview posted in the council's channel, and the item cards in its thread. */
export function agendaInChannel(h: TeamsHarness) {
  const overviews = postsIn(h, h.channel.conversation.id);
  const overview = overviews[0];
  const items =
    overview === undefined
      ? []
      : postsIn(h, `${h.channel.conversation.id};messageid=${overview.id}`);
  return { overviews, overview, items };
}

/** A posted card as the channel shows it now: its last accepted update, else the post. */
export function currentCard(
  h: TeamsHarness,
  post: { id: string; activity: WireActivity },
): AdaptiveCardJson {
  const update = h.connector.updatesOf(post.id).at(-1);
  const card = cardIn(update ?? post.activity);
  if (card === undefined) throw new Error(`no card in activity ${post.id}`);
  return card;
}
