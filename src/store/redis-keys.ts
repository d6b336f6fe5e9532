/**
 * The Redis key layout: the one place that names keys. Every key of a council
 * carries the council id as a hash tag `{…}`, so all of them share one Cluster
 * slot and a Lua script may touch several of them at once.
 *
 * | key                                         | type   | holds                                               |
 * |---------------------------------------------|--------|-----------------------------------------------------|
 * | <p>rb:councils                               | set    | ids of every council (global, no hash tag)          |
 * | <p>rb:workspaces                             | hash   | <platform>/<workspaceId> → councilId (global: the   |
 * |                                             |        | council is not known until this is read)            |
 * | <p>rb:{<council>}:council                    | hash   | id, name, locale, timeZone                          |
 * | <p>rb:{<council>}:roster                     | hash   | memberId → {"at": position, "member": Member}       |
 * | <p>rb:{<council>}:roster:identities          | hash   | identityKey(identity) → memberId                    |
 * | <p>rb:{<council>}:roster:version             | string | counter bumped by every roster import (cache check) |
 * | <p>rb:{<council>}:absences                   | list   | Absence JSON, in the order registered               |
 * | <p>rb:{<council>}:chat:addresses             | hash   | <platform>/<who> → address JSON ('council' or a     |
 * |                                             |        | member id)                                          |
 * | <p>rb:{<council>}:chat:message:<kind>:<id>   | hash   | platform → record JSON of a subject's message (a    |
 * |                                             |        | hearing's stays in hearing:<id>:messages)           |
 * | <p>rb:{<council>}:hearings:open              | zset   | hearingId scored by deadline (epoch ms)             |
 * | <p>rb:{<council>}:hearing:<id>               | hash   | state, deadline (epoch ms), body (JSON of the rest),|
 * |                                             |        | closedAt, closedBy, cancelledAt, cancelledBy, result|
 * | <p>rb:{<council>}:hearing:<id>:ballots       | hash   | seatId → Ballot JSON (one per seat)                 |
 * | <p>rb:{<council>}:hearing:<id>:audit         | list   | AuditEvent JSON, append-only                        |
 * | <p>rb:{<council>}:hearing:<id>:recused       | set    | member ids that declared inhabilitet                |
 * | <p>rb:{<council>}:hearing:<id>:messages      | hash   | platform → address JSON of the hearing's message    |
 * | <p>rb:{<council>}:hearing:<id>:reminded      | string | epoch ms of the last "Påmind nu" round (TTL 1 h)    |
 * | <p>rb:{<council>}:meetings                   | zset   | meetingId scored by its council-local start as a    |
 * |                                             |        | number (2023-09-28T13:00 → 202309281300)            |
 * | <p>rb:{<council>}:meeting:<id>               | hash   | status, body (JSON of the meeting, its items and    |
 * |                                             |        | attendance), cancelledAt, cancelledBy               |
 * | <p>rb:{<council>}:meeting:<id>:coming        | hash   | memberId → ISO instant they said they are coming    |
 * | <p>rb:{<council>}:meeting:<id>:decisions     | hash   | item number ("2.1") → Decision JSON                 |
 * | <p>rb:{<council>}:meeting:<id>:decision-revs | hash   | item number → its decision's revision (checked by   |
 * |                                             |        | record-decision.lua before each write)              |
 * | <p>rb:{<council>}:meeting:<id>:decision-audit| list   | DecisionEvent JSON, append-only                     |
 * | <p>rb:{<council>}:meeting:<id>:followup      | hash   | "<item>/owner", "<item>/due", "<item>/status",      |
 * |                                             |        | "<item>/updatedBy", "<item>/updatedAt" → value      |
 * | <p>rb:{<council>}:meeting:<id>:hearings      | set    | ids of hearings opened on the meeting's items       |
 * | <p>rb:{<council>}:meeting:<id>:guests        | hash   | lower-cased name → MeetingGuest JSON                |
 * | <p>rb:{<council>}:meeting:<id>:minutes       | hash   | sentAt, sentBy, deadline, closedAt, closedBy of the |
 * |                                             |        | minutes' approval round                             |
 * | <p>rb:{<council>}:meeting:<id>:approvals     | hash   | memberId → MinutesApproval JSON (first one stays)   |
 * | <p>rb:{<council>}:meeting:<id>:group-talks   | hash   | item number → ItemGroupDiscussion JSON (the         |
 * |                                             |        | opsamling of a group discussion on that item)       |
 * | <p>rb:{<council>}:import:<id>                | string | PendingImport JSON: an agenda previewed in chat,    |
 * |                                             |        | not stored yet (TTL 1 h)                            |
 * | <p>rb:{<council>}:discussions                | zset   | discussionId scored by createdAt (epoch ms)         |
 * | <p>rb:{<council>}:discussion:<id>            | hash   | status, body (JSON of the rest), proposal (JSON),   |
 * |                                             |        | opsamling (JSON), comments-hearing-claim (who sent  |
 * |                                             |        | it for comments; set once, HSETNX)                  |
 * | <p>rb:{<council>}:discussion:<id>:signups    | hash   | memberId → SignUp JSON                              |
 * | <p>rb:{<council>}:discussion:<id>:summaries  | hash   | group key → GroupSummary JSON                       |
 * | <p>rb:{<council>}:discussion:<id>:summary-revs| hash  | group key → its summary's revision (checked by      |
 * |                                             |        | save-summary.lua before each write)                 |
 * | <p>rb:seen:<platform>:<key>                  | string | a request already acted on (replay guard), with TTL |
 * | <p>rb:file-link-secret                       | string | the secret that signs file links when               |
 * |                                             |        | FILE_LINK_SECRET is not set (made once, random)     |
 *
 * `<p>` is an optional global prefix (e.g. "t-cast-1a2b3c:") so tests and
 * benchmarks can share one Redis without seeing each other's keys. BullMQ's
 * queues live under their own prefix (see src/jobs), not here.
 *
 * `state` and `deadline` sit in their own hash fields because the Lua scripts
 * check them on every ballot; JSON is never parsed inside Redis.
 */

/** Council and hearing ids are checked upstream; these keep a bad one from breaking the layout. */
const unsafe = /[{}:\s]/;

function checked(kind: string, id: string): string {
  if (id === '' || unsafe.test(id))
    throw new Error(`${kind} id ${JSON.stringify(id)} cannot be used in a Redis key`);
  return id;
}

export interface HearingKeys {
  readonly hearing: string;
  readonly ballots: string;
  readonly audit: string;
  readonly recused: string;
  readonly messages: string;
  readonly reminded: string;
  readonly openHearings: string;
}

export interface MeetingDecisionKeys {
  readonly meeting: string;
  readonly decisions: string;
  readonly revisions: string;
  readonly audit: string;
}

export interface DiscussionKeys {
  readonly discussion: string;
  readonly signUps: string;
  readonly summaries: string;
  readonly summaryRevisions: string;
}

export class RedisKeys {
  /** `prefix` is used as given: end it with ':' if you want a separator. */
  constructor(readonly prefix = '') {
    if (/[{}]/.test(prefix))
      throw new Error('a key prefix must not contain { or }: it would change the hash slot');
  }

  councilIds(): string {
    return `${this.prefix}rb:councils`;
  }

  workspaces(): string {
    return `${this.prefix}rb:workspaces`;
  }

  /** A chat request already acted on: its signature or event id (global: seen before the council is known). */
  seenRequest(platform: string, key: string): string {
    return `${this.prefix}rb:seen:${platform}:${key}`;
  }

  /** The file links' signing secret, when the settings give none (global). */
  fileLinkSecret(): string {
    return `${this.prefix}rb:file-link-secret`;
  }

  /** The part every key of a council starts with, hash tag included. */
  private council(councilId: string): string {
    return `${this.prefix}rb:{${checked('council', councilId)}}`;
  }

  councilHash(councilId: string): string {
    return `${this.council(councilId)}:council`;
  }

  roster(councilId: string): string {
    return `${this.council(councilId)}:roster`;
  }

  rosterIdentities(councilId: string): string {
    return `${this.council(councilId)}:roster:identities`;
  }

  rosterVersion(councilId: string): string {
    return `${this.council(councilId)}:roster:version`;
  }

  absences(councilId: string): string {
    return `${this.council(councilId)}:absences`;
  }

  chatAddresses(councilId: string): string {
    return `${this.council(councilId)}:chat:addresses`;
  }

  /** A subject's chat message (`meeting:<id>`, …); a hearing's is `hearingKeys(…).messages`. */
  chatMessage(councilId: string, subject: string): string {
    const [kind = '', ...id] = subject.split(':');
    return `${this.council(councilId)}:chat:message:${checked('subject', kind)}:${checked('subject', id.join(':'))}`;
  }

  openHearings(councilId: string): string {
    return `${this.council(councilId)}:hearings:open`;
  }

  hearing(councilId: string, hearingId: string): string {
    return `${this.council(councilId)}:hearing:${checked('hearing', hearingId)}`;
  }

  /** The council's meetings, by start. */
  meetings(councilId: string): string {
    return `${this.council(councilId)}:meetings`;
  }

  meeting(councilId: string, meetingId: string): string {
    return `${this.council(councilId)}:meeting:${checked('meeting', meetingId)}`;
  }

  /** Who said they are coming to a meeting, with when. */
  meetingComing(councilId: string, meetingId: string): string {
    return `${this.meeting(councilId, meetingId)}:coming`;
  }

  /** Every key record-decision.lua touches, the meeting's hash first. */
  meetingDecisionKeys(councilId: string, meetingId: string): MeetingDecisionKeys {
    const meeting = this.meeting(councilId, meetingId);
    return {
      meeting,
      decisions: `${meeting}:decisions`,
      revisions: `${meeting}:decision-revs`,
      audit: `${meeting}:decision-audit`,
    };
  }

  /** The secretariat's edits of a meeting's follow-up points. */
  meetingFollowUp(councilId: string, meetingId: string): string {
    return `${this.meeting(councilId, meetingId)}:followup`;
  }

  /** The hearings opened on a meeting's agenda items. */
  meetingHearings(councilId: string, meetingId: string): string {
    return `${this.meeting(councilId, meetingId)}:hearings`;
  }

  /** Guests and presenters the secretariat added to a meeting. */
  meetingGuests(councilId: string, meetingId: string): string {
    return `${this.meeting(councilId, meetingId)}:guests`;
  }

  /** The opsamlinger of group discussions held on a meeting's items. */
  meetingGroupDiscussions(councilId: string, meetingId: string): string {
    return `${this.meeting(councilId, meetingId)}:group-talks`;
  }

  /** The approval round of a meeting's minutes. */
  meetingMinutes(councilId: string, meetingId: string): string {
    return `${this.meeting(councilId, meetingId)}:minutes`;
  }

  /** Who approved a meeting's minutes, with when and their remark. */
  meetingApprovals(councilId: string, meetingId: string): string {
    return `${this.meeting(councilId, meetingId)}:approvals`;
  }

  /** The council's group discussions, by when they were set up. */
  discussions(councilId: string): string {
    return `${this.council(councilId)}:discussions`;
  }

  /** Every key of one group discussion, its hash first. */
  discussionKeys(councilId: string, discussionId: string): DiscussionKeys {
    const discussion = `${this.council(councilId)}:discussion:${checked('discussion', discussionId)}`;
    return {
      discussion,
      signUps: `${discussion}:signups`,
      summaries: `${discussion}:summaries`,
      summaryRevisions: `${discussion}:summary-revs`,
    };
  }

  /** An agenda previewed in chat and not stored yet. */
  pendingImport(councilId: string, id: string): string {
    return `${this.council(councilId)}:import:${checked('import', id)}`;
  }

  /** Every key a hearing script may touch, in one object. */
  hearingKeys(councilId: string, hearingId: string): HearingKeys {
    const hearing = this.hearing(councilId, hearingId);
    return {
      hearing,
      ballots: `${hearing}:ballots`,
      audit: `${hearing}:audit`,
      recused: `${hearing}:recused`,
      messages: `${hearing}:messages`,
      reminded: `${hearing}:reminded`,
      openHearings: this.openHearings(councilId),
    };
  }
}
