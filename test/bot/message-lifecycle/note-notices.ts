/**
 * A made-up capability for the lifecycle's contract: notes in the council's
 * channel. It is not a hearing on purpose: the lifecycle and the adapters
 * must carry any capability's notices, not only the ones they grew up with.
 */
import type { Member } from '../../../src/domain/council/roster.ts';
import { fail, succeed, type Result } from '../../../src/domain/errors.ts';
import type {
  ChatNotice,
  NoticePlan,
  NoticePlans,
} from '../../../src/bot/message-lifecycle/notice-plan.ts';

export interface Note {
  readonly id: string;
  text: string;
  /** When the note is due; a moved time is announced once per new value. */
  when: string;
  closed: boolean;
}

export interface NoteState {
  readonly note: Note;
  readonly viewer?: Member;
}

export type NoteNotice =
  | {
      readonly kind: 'note_posted' | 'note_edited' | 'note_closed' | 'note_moved';
      readonly councilId: string;
      readonly noteId: string;
    }
  | {
      readonly kind: 'note_ping';
      readonly councilId: string;
      readonly noteId: string;
      readonly memberId: string;
    };

/** The notes and members the capability's "store" holds; `down` plays a store outage. */
export class NoteBook {
  readonly notes = new Map<string, Note>();
  readonly members = new Map<string, Member>();
  down = false;

  add(note: Omit<Note, 'closed'>): Note {
    const stored = { ...note, closed: false };
    this.notes.set(note.id, stored);
    return stored;
  }
}

const asNote = (notice: ChatNotice) => notice as NoteNotice;

export function notePlans(book: NoteBook): NoticePlans<NoteState, Member> {
  return {
    handles: (notice) => notice.kind.startsWith('note_'),
    plan(notice): NoticePlan {
      const note = asNote(notice);
      const subject = `note:${note.noteId}`;
      if (note.kind === 'note_ping') return { to: 'member', memberId: note.memberId, subject };
      if (note.kind === 'note_posted') return { to: 'subject', subject, whenUnposted: 'open' };
      if (note.kind === 'note_edited') return { to: 'subject', subject, whenUnposted: 'skip' };
      return { to: 'subject', subject, whenUnposted: 'wait' };
    },
    async load(notice, viewerId): Promise<Result<NoteState>> {
      if (book.down) return fail('store_unavailable');
      const note = book.notes.get(asNote(notice).noteId);
      if (note === undefined) return fail('invalid_input');
      const viewer = viewerId === undefined ? undefined : book.members.get(viewerId);
      return succeed({ note: { ...note }, ...(viewer ? { viewer } : {}) });
    },
    followUp(notice, { note }) {
      const { kind } = asNote(notice);
      if (kind === 'note_closed') return { key: 'closed' };
      if (kind === 'note_moved') return { key: 'when', version: note.when };
      return undefined;
    },
    recipient: (state) => state.viewer,
    stillDue: (_notice, { note }) => !note.closed,
  };
}

/** What each platform shows, as plain text (the adapters wrap it in a message of their own). */
export const noteTexts = {
  subject: ({ note }: NoteState) => `${note.text}${note.closed ? ' (lukket)' : ''}`,
  followUp: (key: string, { note }: NoteState) =>
    key === 'when' ? `Flyttet til ${note.when}` : `Lukket: ${note.text}`,
  direct: ({ note }: NoteState) => `Husk: ${note.text}`,
};
