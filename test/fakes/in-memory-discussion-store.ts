import type { DiscussionStore, GroupProposal, Opsamling } from '../../src/app/discussions/ports.ts';
import type {
  Discussion,
  DiscussionStatus,
  GroupSummary,
  SignUp,
} from '../../src/domain/discussions/discussion.ts';

const copy = <T>(value: T): T => structuredClone(value);
const key = (councilId: string, discussionId: string) => `${councilId}/${discussionId}`;

/** The discussions' store twin, with the Redis store's semantics (test/store/discussions). */
export class InMemoryDiscussionStore implements DiscussionStore {
  private readonly byKey = new Map<string, Discussion>();
  private readonly signUpsOf = new Map<string, Map<string, SignUp>>();
  private readonly proposals = new Map<string, GroupProposal>();
  private readonly summariesOf = new Map<string, Map<string, GroupSummary>>();
  private readonly opsamlinger = new Map<string, Opsamling>();

  async saveDiscussion(
    discussion: Discussion,
    ifStatus?: DiscussionStatus,
    ifSequence?: number,
  ): Promise<boolean> {
    const at = key(discussion.councilId, discussion.id);
    const stored = this.byKey.get(at);
    if (ifStatus !== undefined && stored?.status !== ifStatus) return false;
    if (ifSequence !== undefined && stored?.sequence !== ifSequence) return false;
    this.byKey.set(at, copy(discussion));
    return true;
  }

  async discussion(councilId: string, discussionId: string): Promise<Discussion | undefined> {
    const stored = this.byKey.get(key(councilId, discussionId));
    return stored && copy(stored);
  }

  async discussions(councilId: string): Promise<Discussion[]> {
    return [...this.byKey.values()]
      .filter((discussion) => discussion.councilId === councilId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .map(copy);
  }

  async saveSignUp(councilId: string, discussionId: string, signUp: SignUp): Promise<boolean> {
    if (!this.inStatus(councilId, discussionId, ['sign_up'])) return false;
    const at = key(councilId, discussionId);
    const signUps = this.signUpsOf.get(at) ?? new Map<string, SignUp>();
    signUps.set(signUp.memberId, copy(signUp));
    this.signUpsOf.set(at, signUps);
    return true;
  }

  async signUps(councilId: string, discussionId: string): Promise<SignUp[]> {
    return [...(this.signUpsOf.get(key(councilId, discussionId))?.values() ?? [])]
      .sort((a, b) => a.memberId.localeCompare(b.memberId))
      .map(copy);
  }

  async saveProposal(
    councilId: string,
    discussionId: string,
    proposal: GroupProposal,
  ): Promise<boolean> {
    if (!this.inStatus(councilId, discussionId, ['sign_up'])) return false;
    this.proposals.set(key(councilId, discussionId), copy(proposal));
    return true;
  }

  async saveAnnouncedGroups(
    councilId: string,
    discussionId: string,
    proposal: GroupProposal,
  ): Promise<boolean> {
    if (!this.inStatus(councilId, discussionId, ['announced', 'compiled'])) return false;
    this.proposals.set(key(councilId, discussionId), copy(proposal));
    return true;
  }

  async proposal(councilId: string, discussionId: string): Promise<GroupProposal | undefined> {
    const stored = this.proposals.get(key(councilId, discussionId));
    return stored && copy(stored);
  }

  async saveSummary(
    councilId: string,
    discussionId: string,
    summary: GroupSummary,
    seenRevision: number,
  ): Promise<'written' | 'changed_meanwhile' | 'closed'> {
    if (!this.inStatus(councilId, discussionId, ['announced', 'compiled'])) return 'closed';
    const at = key(councilId, discussionId);
    const summaries = this.summariesOf.get(at) ?? new Map<string, GroupSummary>();
    if ((summaries.get(summary.groupKey)?.revision ?? 0) !== seenRevision)
      return 'changed_meanwhile';
    summaries.set(summary.groupKey, copy({ ...summary, revision: seenRevision + 1 }));
    this.summariesOf.set(at, summaries);
    return 'written';
  }

  async summaries(councilId: string, discussionId: string): Promise<GroupSummary[]> {
    return [...(this.summariesOf.get(key(councilId, discussionId))?.values() ?? [])]
      .sort((a, b) => a.groupKey.localeCompare(b.groupKey))
      .map(copy);
  }

  async saveOpsamling(
    councilId: string,
    discussionId: string,
    opsamling: Opsamling,
  ): Promise<void> {
    this.opsamlinger.set(key(councilId, discussionId), copy(opsamling));
  }

  async opsamling(councilId: string, discussionId: string): Promise<Opsamling | undefined> {
    const stored = this.opsamlinger.get(key(councilId, discussionId));
    return stored && copy(stored);
  }

  private readonly hearingClaims = new Set<string>();

  async claimCommentsHearing(councilId: string, discussionId: string): Promise<boolean> {
    const at = key(councilId, discussionId);
    if (this.hearingClaims.has(at)) return false;
    this.hearingClaims.add(at);
    return true;
  }

  async releaseCommentsHearing(councilId: string, discussionId: string): Promise<void> {
    this.hearingClaims.delete(key(councilId, discussionId));
  }

  private inStatus(councilId: string, discussionId: string, statuses: DiscussionStatus[]) {
    const status = this.byKey.get(key(councilId, discussionId))?.status;
    return status !== undefined && statuses.includes(status);
  }
}
