/**
 * In-memory twins of the store ports, with the same semantics as src/store's
 * Redis stores (the contract suite in test/store runs against both). Reads
 * return copies, so a test cannot change the "stored" data by accident.
 */
import type { Absence, AbsenceScope } from '../../src/domain/council/absence.ts';
import {
  byCastAtThenSeat,
  type AuditEvent,
  type Ballot,
} from '../../src/domain/hearings/ballot.ts';
import type { Council } from '../../src/domain/council/council.ts';
import type { Hearing } from '../../src/domain/hearings/hearing.ts';
import type { HearingResult } from '../../src/domain/hearings/hearing-result.ts';
import { identityKey, type ChatIdentity, type Member } from '../../src/domain/council/roster.ts';
import type { ChatDirectory, ChatPlatform } from '../../src/app/ports.ts';
import type { AbsenceStore, CouncilStore, RosterStore } from '../../src/app/council/ports.ts';
import type {
  CastOutcome,
  HearingStore,
  ReminderClaim,
  StoreRefusal,
  WithdrawOutcome,
} from '../../src/app/hearings/ports.ts';
import type {
  DecisionStore,
  DecisionWrite,
  FollowUpChange,
  FollowUpStore,
  PendingImport,
  PendingImportStore,
  MeetingGuestStore,
  MeetingStore,
  MinutesApprovalStore,
  MinutesRefusal,
} from '../../src/app/meetings/ports.ts';
import type { MeetingRecord } from '../../src/domain/meetings/meeting-record.ts';
import type { Decision, DecisionEvent } from '../../src/domain/meetings/decision.ts';
import type { FollowUpEdit } from '../../src/domain/meetings/follow-up.ts';
import { compareAgendaNumbers } from '../../src/domain/meetings/agenda-number.ts';
import { InMemoryItemGroupDiscussionStore } from './in-memory-group-discussion-store.ts';
import type { MeetingStatus } from '../../src/domain/meetings/meeting.ts';
import type { MeetingGuest } from '../../src/domain/meetings/attendance-sheet.ts';
import type { MinutesApproval, MinutesRound } from '../../src/domain/meetings/minutes-approval.ts';
import type { SignedFileLinks } from '../../src/system/signed-file-links.ts';
import { testFileLinks } from './test-file-links.ts';
import { InMemoryDiscussionStore } from './in-memory-discussion-store.ts';

const copy = <T>(value: T): T => structuredClone(value);
const refuse = (code: StoreRefusal['code']): StoreRefusal => ({ ok: false, code });
const key = (councilId: string, hearingId: string) => `${councilId}/${hearingId}`;

export class InMemoryCouncilStore implements CouncilStore {
  private readonly byId = new Map<string, Council>();

  async council(councilId: string): Promise<Council | undefined> {
    const council = this.byId.get(councilId);
    return council && copy(council);
  }

  async saveCouncil(council: Council): Promise<void> {
    this.byId.set(council.id, copy(council));
  }

  /** Sorted by id, like the Redis store. */
  async councils(): Promise<Council[]> {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id)).map(copy);
  }
}

export class InMemoryRosterStore implements RosterStore {
  private readonly rosters = new Map<
    string,
    { members: Member[]; byIdentity: Map<string, string> }
  >();

  async roster(councilId: string): Promise<Member[]> {
    return copy(this.rosters.get(councilId)?.members ?? []);
  }

  async replaceRoster(councilId: string, members: readonly Member[]): Promise<void> {
    const byIdentity = new Map<string, string>();
    for (const member of members) {
      for (const identity of member.identities) byIdentity.set(identityKey(identity), member.id);
    }
    this.rosters.set(councilId, { members: copy([...members]), byIdentity });
  }

  async memberByIdentity(councilId: string, identity: ChatIdentity): Promise<Member | undefined> {
    const roster = this.rosters.get(councilId);
    const memberId = roster?.byIdentity.get(identityKey(identity));
    const member = roster?.members.find((candidate) => candidate.id === memberId);
    return member && copy(member);
  }
}

export class InMemoryAbsenceStore implements AbsenceStore {
  private readonly byCouncil = new Map<string, Absence[]>();

  async absences(councilId: string): Promise<Absence[]> {
    return copy(this.byCouncil.get(councilId) ?? []);
  }

  async addAbsence(councilId: string, absence: Absence): Promise<void> {
    this.byCouncil.set(councilId, [...(this.byCouncil.get(councilId) ?? []), copy(absence)]);
  }

  async addAbsenceOnce(councilId: string, absence: Absence): Promise<boolean> {
    const listed = this.byCouncil.get(councilId) ?? [];
    if (listed.some((entry) => sameAfbud(entry, absence.memberId, absence.scope))) return false;
    this.byCouncil.set(councilId, [...listed, copy(absence)]);
    return true;
  }

  async withdrawAbsence(councilId: string, memberId: string, scope: AbsenceScope) {
    const listed = this.byCouncil.get(councilId) ?? [];
    const kept = listed.filter((entry) => !sameAfbud(entry, memberId, scope));
    this.byCouncil.set(councilId, kept);
    return kept.length < listed.length;
  }
}

/** The member's afbud with this scope, matched as the Lua scripts match it. */
const sameAfbud = (absence: Absence, memberId: string, scope: AbsenceScope): boolean =>
  absence.memberId === memberId && JSON.stringify(absence.scope) === JSON.stringify(scope);

interface StoredHearing {
  hearing: Hearing;
  /** seatId → ballot; one per seat, replaced on change. */
  ballots: Map<string, Ballot>;
  audit: AuditEvent[];
  recused: Set<string>;
}

export class InMemoryHearingStore implements HearingStore {
  private readonly hearings = new Map<string, StoredHearing>();
  /** When each hearing's last reminder round was (epoch ms), as the Redis key holds it. */
  private readonly reminded = new Map<string, number>();

  private find(councilId: string, hearingId: string): StoredHearing | undefined {
    return this.hearings.get(key(councilId, hearingId));
  }

  /** The checks castBallot and withdrawBallot share, in the Lua script's order. */
  private refusal(
    stored: StoredHearing | undefined,
    seatId: string,
    at: string,
  ): StoreRefusal | undefined {
    if (stored === undefined) return refuse('hearing_not_found');
    if (stored.hearing.state !== 'open') return refuse('hearing_not_open');
    if (Date.parse(at) >= Date.parse(stored.hearing.deadline)) return refuse('deadline_passed');
    if (stored.recused.has(seatId)) return refuse('recused');
    return undefined;
  }

  /** Creates, or rewrites a draft; rewriting a hearing past draft is a bug and throws. */
  async saveHearing(hearing: Hearing): Promise<void> {
    const existing = this.find(hearing.councilId, hearing.id);
    if (existing === undefined) {
      this.hearings.set(key(hearing.councilId, hearing.id), {
        hearing: copy(hearing),
        ballots: new Map(),
        audit: [],
        recused: new Set(),
      });
      return;
    }
    if (existing.hearing.state !== 'draft') {
      throw new Error(
        `hearing ${hearing.id} is ${existing.hearing.state}: only a draft can be rewritten`,
      );
    }
    existing.hearing = copy(hearing);
  }

  async hearingsOfMeeting(councilId: string, meetingId: string): Promise<Hearing[]> {
    return [...this.hearings.values()]
      .map((stored) => stored.hearing)
      .filter((hearing) => hearing.councilId === councilId && hearing.meetingId === meetingId)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(copy);
  }

  async hearing(councilId: string, hearingId: string): Promise<Hearing | undefined> {
    const stored = this.find(councilId, hearingId);
    return stored && copy(stored.hearing);
  }

  /** Soonest deadline first; equal deadlines by id (as a Redis sorted set orders them). */
  async openHearings(councilId: string): Promise<Hearing[]> {
    return [...this.hearings.values()]
      .map((stored) => stored.hearing)
      .filter((hearing) => hearing.councilId === councilId && hearing.state === 'open')
      .sort(
        (a, b) =>
          Date.parse(a.deadline) - Date.parse(b.deadline) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .map(copy);
  }

  async castBallot(councilId: string, hearingId: string, ballot: Ballot): Promise<CastOutcome> {
    const stored = this.find(councilId, hearingId);
    const refused = this.refusal(stored, ballot.seatId, ballot.castAt);
    if (refused || stored === undefined) return refused ?? refuse('hearing_not_found');
    const previous = stored.ballots.get(ballot.seatId);
    stored.ballots.set(ballot.seatId, copy(ballot));
    stored.audit.push({
      type: previous === undefined ? 'cast' : 'change',
      seatId: ballot.seatId,
      memberId: ballot.castBy,
      choice: ballot.choice,
      ...(ballot.reason === undefined ? {} : { reason: ballot.reason }),
      at: ballot.castAt,
    });
    return previous === undefined ? { ok: true } : { ok: true, previous: copy(previous) };
  }

  async withdrawBallot(
    councilId: string,
    hearingId: string,
    seatId: string,
    memberId: string,
    at: Date,
  ): Promise<WithdrawOutcome> {
    const stored = this.find(councilId, hearingId);
    const refused = this.refusal(stored, seatId, at.toISOString());
    if (refused || stored === undefined) return refused ?? refuse('hearing_not_found');
    const withdrawn = stored.ballots.get(seatId);
    if (withdrawn === undefined) return { ok: false, code: 'no_ballot_to_withdraw' };
    stored.ballots.delete(seatId);
    stored.audit.push({ type: 'withdraw', seatId, memberId, at: at.toISOString() });
    return { ok: true, withdrawn: copy(withdrawn) };
  }

  /** Ordered by castAt, then seatId, like the Redis store. */
  async ballots(councilId: string, hearingId: string): Promise<Ballot[]> {
    const ballots = [...(this.find(councilId, hearingId)?.ballots.values() ?? [])];
    return ballots.sort(byCastAtThenSeat).map(copy);
  }

  async auditTrail(councilId: string, hearingId: string): Promise<AuditEvent[]> {
    return copy(this.find(councilId, hearingId)?.audit ?? []);
  }

  /** False when already recorded, or when there is no such hearing. */
  async recordRecusal(
    councilId: string,
    hearingId: string,
    memberId: string,
    at: Date,
  ): Promise<boolean> {
    const stored = this.find(councilId, hearingId);
    if (stored === undefined || stored.recused.has(memberId)) return false;
    stored.recused.add(memberId);
    stored.audit.push({ type: 'recusal', seatId: memberId, memberId, at: at.toISOString() });
    return true;
  }

  async recusedMemberIds(councilId: string, hearingId: string): Promise<Set<string>> {
    return new Set(this.find(councilId, hearingId)?.recused ?? []);
  }

  async moveDeadline(councilId: string, hearingId: string, deadline: Date): Promise<boolean> {
    const stored = this.find(councilId, hearingId);
    if (stored?.hearing.state !== 'open') return false;
    stored.hearing = { ...stored.hearing, deadline: deadline.toISOString() };
    return true;
  }

  async markClosed(
    councilId: string,
    hearingId: string,
    closedAt: Date,
    closedBy: string,
  ): Promise<boolean> {
    const stored = this.find(councilId, hearingId);
    if (stored?.hearing.state !== 'open') return false;
    stored.hearing = {
      ...stored.hearing,
      state: 'closed',
      closedAt: closedAt.toISOString(),
      closedBy,
    };
    return true;
  }

  /**
   * Draft or open → cancelled, once. The Hearing type has no field for when and
   * by whom, so (like the Redis store) they are kept but not returned.
   */
  async markCancelled(
    councilId: string,
    hearingId: string,
    _at: Date,
    _by: string,
  ): Promise<boolean> {
    const stored = this.find(councilId, hearingId);
    if (
      stored === undefined ||
      (stored.hearing.state !== 'open' && stored.hearing.state !== 'draft')
    ) {
      return false;
    }
    stored.hearing = { ...stored.hearing, state: 'cancelled' };
    return true;
  }

  async claimReminder(
    councilId: string,
    hearingId: string,
    at: Date,
    intervalMs: number,
  ): Promise<ReminderClaim> {
    const last = this.reminded.get(key(councilId, hearingId));
    if (last !== undefined && last + intervalMs > at.getTime())
      return { claimed: false, lastAt: new Date(last) };
    this.reminded.set(key(councilId, hearingId), at.getTime());
    return { claimed: true };
  }

  /** The first result stored stays; a hearing that is not closed takes none (a bug: throws). */
  async saveResult(councilId: string, hearingId: string, result: HearingResult): Promise<void> {
    const stored = this.find(councilId, hearingId);
    if (stored?.hearing.state !== 'closed') {
      throw new Error(
        `hearing ${hearingId} is ${stored?.hearing.state ?? 'missing'}: a result needs a closed hearing`,
      );
    }
    if (stored.hearing.result === undefined)
      stored.hearing = { ...stored.hearing, result: copy(result) };
  }
}

export class InMemoryMeetingStore implements MeetingStore {
  private readonly records = new Map<string, MeetingRecord>();

  /** Creates or rewrites; a cancelled meeting is never rewritten, as in the Lua script. */
  async saveMeeting(record: MeetingRecord, ifStatus?: MeetingStatus): Promise<boolean> {
    const { councilId, id } = record.meeting;
    const existing = this.records.get(key(councilId, id));
    if (existing?.meeting.status === 'cancelled') return false;
    if (ifStatus !== undefined && existing?.meeting.status !== ifStatus) return false;
    // The stored cancel fields belong to the status, which only markCancelled sets.
    const { cancelledAt: _at, cancelledBy: _by, ...meeting } = record.meeting;
    this.records.set(key(councilId, id), copy({ ...record, meeting }));
    return true;
  }

  async meeting(councilId: string, meetingId: string): Promise<MeetingRecord | undefined> {
    const record = this.records.get(key(councilId, meetingId));
    return record && copy(record);
  }

  /** By start, then id, like the Redis store. */
  async meetings(councilId: string): Promise<MeetingRecord[]> {
    return [...this.records.values()]
      .filter((record) => record.meeting.councilId === councilId)
      .sort(
        (a, b) =>
          a.meeting.start.localeCompare(b.meeting.start) ||
          a.meeting.id.localeCompare(b.meeting.id),
      )
      .map(copy);
  }

  async markCancelled(
    councilId: string,
    meetingId: string,
    at: Date,
    by: string,
  ): Promise<boolean> {
    const record = this.records.get(key(councilId, meetingId));
    if (record === undefined) return false;
    if (record.meeting.status !== 'planned' && record.meeting.status !== 'agenda_published')
      return false;
    this.records.set(key(councilId, meetingId), {
      ...record,
      meeting: {
        ...record.meeting,
        status: 'cancelled',
        cancelledAt: at.toISOString(),
        cancelledBy: by,
      },
    });
    return true;
  }

  private readonly coming = new Map<string, Map<string, string>>();

  async markComing(councilId: string, meetingId: string, memberId: string, at: Date) {
    const coming = this.coming.get(key(councilId, meetingId)) ?? new Map<string, string>();
    if (!coming.has(memberId)) coming.set(memberId, at.toISOString());
    this.coming.set(key(councilId, meetingId), coming);
  }

  async unmarkComing(councilId: string, meetingId: string, memberId: string) {
    this.coming.get(key(councilId, meetingId))?.delete(memberId);
  }

  async comingMembers(councilId: string, meetingId: string): Promise<ReadonlyMap<string, string>> {
    return new Map(this.coming.get(key(councilId, meetingId)));
  }

  /**
   * For the minutes' twin: moves the status when it is one of `from`, as the
   * Lua scripts do; else the refusal with the status found.
   */
  moveStatusIf(
    councilId: string,
    meetingId: string,
    from: readonly MeetingStatus[],
    to: MeetingStatus,
  ): { readonly ok: true } | MinutesRefusal {
    const record = this.records.get(key(councilId, meetingId));
    if (record === undefined || !from.includes(record.meeting.status))
      return { ok: false, status: record?.meeting.status };
    this.records.set(key(councilId, meetingId), {
      ...record,
      meeting: { ...record.meeting, status: to },
    });
    return { ok: true };
  }
}

export class InMemoryMeetingGuestStore implements MeetingGuestStore {
  private readonly byMeeting = new Map<string, Map<string, MeetingGuest>>();

  async addGuest(councilId: string, meetingId: string, guest: MeetingGuest): Promise<boolean> {
    const guests = this.byMeeting.get(key(councilId, meetingId)) ?? new Map<string, MeetingGuest>();
    const name = guest.name.trim().toLocaleLowerCase('da');
    const added = !guests.has(name);
    guests.set(name, copy(guest));
    this.byMeeting.set(key(councilId, meetingId), guests);
    return added;
  }

  async removeGuest(councilId: string, meetingId: string, name: string): Promise<boolean> {
    const guests = this.byMeeting.get(key(councilId, meetingId));
    return guests?.delete(name.trim().toLocaleLowerCase('da')) ?? false;
  }

  async guests(councilId: string, meetingId: string): Promise<MeetingGuest[]> {
    return [...(this.byMeeting.get(key(councilId, meetingId))?.values() ?? [])]
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.name.localeCompare(b.name))
      .map(copy);
  }
}

export class InMemoryMinutesApprovalStore implements MinutesApprovalStore {
  private readonly rounds = new Map<string, MinutesRound>();
  private readonly approvalsOf = new Map<string, Map<string, MinutesApproval>>();

  /** The meetings whose status the minutes move, as the Lua scripts move the meeting hash's. */
  constructor(private readonly meetings: InMemoryMeetingStore) {}

  async sendForApproval(councilId: string, meetingId: string, round: MinutesRound) {
    const moved = this.meetings.moveStatusIf(
      councilId,
      meetingId,
      ['planned', 'agenda_published', 'held'],
      'minutes_sent',
    );
    if (moved.ok) this.rounds.set(key(councilId, meetingId), copy(round));
    return moved;
  }

  async approve(councilId: string, meetingId: string, approval: MinutesApproval) {
    const status = (await this.meetings.meeting(councilId, meetingId))?.meeting.status;
    if (status !== 'minutes_sent') return { ok: false, status } as const;
    const approvals = this.approvalsOf.get(key(councilId, meetingId)) ?? new Map();
    const added = !approvals.has(approval.memberId);
    if (added) approvals.set(approval.memberId, copy(approval));
    this.approvalsOf.set(key(councilId, meetingId), approvals);
    return { ok: true, added } as const;
  }

  async closeApproval(councilId: string, meetingId: string, at: Date, by: string) {
    const moved = this.meetings.moveStatusIf(
      councilId,
      meetingId,
      ['minutes_sent'],
      'minutes_approved',
    );
    const round = this.rounds.get(key(councilId, meetingId));
    if (moved.ok && round !== undefined)
      this.rounds.set(key(councilId, meetingId), {
        ...round,
        closedAt: at.toISOString(),
        closedBy: by,
      });
    return moved;
  }

  async round(councilId: string, meetingId: string): Promise<MinutesRound | undefined> {
    const round = this.rounds.get(key(councilId, meetingId));
    return round && copy(round);
  }

  async approvals(councilId: string, meetingId: string): Promise<MinutesApproval[]> {
    return [...(this.approvalsOf.get(key(councilId, meetingId))?.values() ?? [])]
      .sort(
        (a, b) => a.approvedAt.localeCompare(b.approvedAt) || a.memberId.localeCompare(b.memberId),
      )
      .map(copy);
  }
}

export interface InMemoryStores {
  readonly councils: InMemoryCouncilStore;
  readonly rosters: InMemoryRosterStore;
  readonly absences: InMemoryAbsenceStore;
  readonly hearings: InMemoryHearingStore;
  readonly meetings: InMemoryMeetingStore;
  readonly decisions: InMemoryDecisionStore;
  readonly followUp: InMemoryFollowUpStore;
  readonly meetingGuests: InMemoryMeetingGuestStore;
  readonly minutesApprovals: InMemoryMinutesApprovalStore;
  readonly pendingImports: InMemoryPendingImportStore;
  readonly itemGroupDiscussions: InMemoryItemGroupDiscussionStore;
  readonly directory: InMemoryChatDirectory;
  readonly discussions: InMemoryDiscussionStore;
  /** Not a store, but every test's deps need it: links signed with the tests' secret. */
  readonly fileLinks: SignedFileLinks;
}

/** Every store twin, ready to spread into AppDeps. */
export function inMemoryStores(): InMemoryStores {
  const meetings = new InMemoryMeetingStore();
  return {
    councils: new InMemoryCouncilStore(),
    rosters: new InMemoryRosterStore(),
    absences: new InMemoryAbsenceStore(),
    hearings: new InMemoryHearingStore(),
    meetings,
    decisions: new InMemoryDecisionStore(meetings),
    followUp: new InMemoryFollowUpStore(),
    meetingGuests: new InMemoryMeetingGuestStore(),
    minutesApprovals: new InMemoryMinutesApprovalStore(meetings),
    pendingImports: new InMemoryPendingImportStore(),
    itemGroupDiscussions: new InMemoryItemGroupDiscussionStore(meetings),
    directory: new InMemoryChatDirectory(),
    discussions: new InMemoryDiscussionStore(),
    fileLinks: testFileLinks(),
  };
}

export class InMemoryChatDirectory implements ChatDirectory {
  private readonly workspaces = new Map<string, string>();
  private readonly addresses = new Map<string, unknown>();

  async bindWorkspace(
    platform: ChatPlatform,
    workspaceId: string,
    councilId: string,
  ): Promise<void> {
    this.workspaces.set(`${platform}/${workspaceId}`, councilId);
  }

  async councilForWorkspace(
    platform: ChatPlatform,
    workspaceId: string,
  ): Promise<string | undefined> {
    return this.workspaces.get(`${platform}/${workspaceId}`);
  }

  async saveAddress(
    councilId: string,
    platform: ChatPlatform,
    who: string,
    address: unknown,
  ): Promise<void> {
    this.addresses.set(`${councilId}/${platform}/${who}`, copy(address));
  }

  async address(councilId: string, platform: ChatPlatform, who: string): Promise<unknown> {
    return copy(this.addresses.get(`${councilId}/${platform}/${who}`));
  }

  async saveMessage(
    councilId: string,
    subject: string,
    platform: ChatPlatform,
    record: unknown,
  ): Promise<void> {
    this.addresses.set(`${councilId}/${subject.replace(':', '/')}/${platform}`, copy(record));
  }

  async message(councilId: string, subject: string, platform: ChatPlatform): Promise<unknown> {
    return copy(this.addresses.get(`${councilId}/${subject.replace(':', '/')}/${platform}`));
  }
}

/**
 * Decisions and their audit beside a meeting store (whose status the write
 * checks, as record-decision.lua reads the meeting's hash): the decision and
 * its event are written together, only at the revision the caller saw.
 */
export class InMemoryDecisionStore implements DecisionStore {
  private readonly stored = new Map<string, Map<string, Decision>>();
  private readonly audit = new Map<string, DecisionEvent[]>();

  constructor(private readonly meetings: MeetingStore) {}

  async recordDecision(
    councilId: string,
    meetingId: string,
    decision: Decision,
    event: DecisionEvent,
    seenRevision: number,
  ): Promise<DecisionWrite> {
    const record = await this.meetings.meeting(councilId, meetingId);
    if (record === undefined) return { written: false, meetingStatus: 'missing' };
    const { status } = record.meeting;
    if (status === 'cancelled' || status === 'minutes_approved')
      return { written: false, meetingStatus: status };
    const decisions = this.stored.get(key(councilId, meetingId)) ?? new Map<string, Decision>();
    const current = decisions.get(decision.item);
    if ((current?.revision ?? 0) !== seenRevision)
      return current === undefined
        ? { written: false }
        : { written: false, current: copy(current) };
    decisions.set(decision.item, copy(decision));
    this.stored.set(key(councilId, meetingId), decisions);
    this.audit.set(key(councilId, meetingId), [
      ...(this.audit.get(key(councilId, meetingId)) ?? []),
      copy(event),
    ]);
    return { written: true };
  }

  async decisions(councilId: string, meetingId: string): Promise<Decision[]> {
    return [...(this.stored.get(key(councilId, meetingId))?.values() ?? [])]
      .sort((a, b) =>
        compareAgendaNumbers(a.item.split('.').map(Number), b.item.split('.').map(Number)),
      )
      .map(copy);
  }

  async decisionAudit(councilId: string, meetingId: string): Promise<DecisionEvent[]> {
    return (this.audit.get(key(councilId, meetingId)) ?? []).map(copy);
  }
}

/** The follow-up edits by meeting and item; a change sets, clears or keeps each part. */
export class InMemoryFollowUpStore implements FollowUpStore {
  private readonly edits = new Map<string, Map<string, FollowUpEdit>>();

  async editFollowUp(
    councilId: string,
    meetingId: string,
    item: string,
    change: FollowUpChange,
  ): Promise<void> {
    const edits = this.edits.get(key(councilId, meetingId)) ?? new Map<string, FollowUpEdit>();
    const edit: Record<string, string> = { ...edits.get(item) };
    for (const part of ['owner', 'due', 'status'] as const) {
      const value = change[part];
      if (value === null) delete edit[part];
      else if (value !== undefined) edit[part] = value;
    }
    edit['updatedBy'] = change.updatedBy;
    edit['updatedAt'] = change.updatedAt;
    edits.set(item, edit as FollowUpEdit);
    this.edits.set(key(councilId, meetingId), edits);
  }

  async followUpEdits(
    councilId: string,
    meetingIds: readonly string[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, FollowUpEdit>>> {
    return new Map(
      meetingIds.map((id) => [id, copy(this.edits.get(key(councilId, id)) ?? new Map())]),
    );
  }
}

/** Agendas previewed in chat, without their time to live (the tests' clock stands still). */
export class InMemoryPendingImportStore implements PendingImportStore {
  private readonly pending = new Map<string, PendingImport>();
  private next = 0;

  put(pending: PendingImport): Promise<string> {
    const id = `pending${++this.next}`;
    this.pending.set(`${pending.councilId}/${id}`, pending);
    return Promise.resolve(id);
  }

  restore(id: string, pending: PendingImport): Promise<void> {
    const key = `${pending.councilId}/${id}`;
    if (!this.pending.has(key)) this.pending.set(key, pending);
    return Promise.resolve();
  }

  peek(councilId: string, id: string): Promise<PendingImport | undefined> {
    return Promise.resolve(this.pending.get(`${councilId}/${id}`));
  }

  take(councilId: string, id: string): Promise<PendingImport | undefined> {
    const key = `${councilId}/${id}`;
    const pending = this.pending.get(key);
    this.pending.delete(key);
    return Promise.resolve(pending);
  }
}
