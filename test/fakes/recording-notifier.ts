import type { Notice, Notifier } from '../../src/app/ports.ts';

/** Keeps every notice in order, and tells them apart the way the outbox dedupes them. */
export class RecordingNotifier implements Notifier {
  readonly notices: Notice[] = [];

  async notify(notice: Notice): Promise<void> {
    this.notices.push(notice);
  }

  kinds(): string[] {
    return this.notices.map((notice) => notice.kind);
  }

  remindersTo(): string[] {
    return this.notices.flatMap((notice) => (notice.kind === 'reminder' ? [notice.memberId] : []));
  }
}
