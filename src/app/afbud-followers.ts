/**
 * A member's afbud for a meeting was sent or taken back. Other capabilities
 * follow it: a group discussion on that meeting invites the suppleant who
 * now holds the seat, or tells the ordstyrer who now writes a group's
 * summary. The meetings do not know who follows; the composition root
 * registers each capability's follower once the use cases exist.
 */
export interface AfbudChange {
  readonly councilId: string;
  readonly meetingId: string;
  readonly memberId: string;
  readonly change: 'sent' | 'withdrawn';
}

export type AfbudFollower = (change: AfbudChange) => Promise<void>;

export class AfbudFollowers {
  private readonly followers: AfbudFollower[] = [];

  /** `onFailure` hears a follower that failed: the afbud is stored, so the member is not told of it. */
  constructor(
    private readonly onFailure: (error: unknown, change: AfbudChange) => void = () => undefined,
  ) {}

  follow(follower: AfbudFollower): void {
    this.followers.push(follower);
  }

  /**
   * Each follower in turn, after the afbud is stored (a repeat tells them
   * again; they are idempotent). One that fails is reported and the rest
   * still run: the afbud itself has succeeded.
   */
  async tell(change: AfbudChange): Promise<void> {
    for (const follower of this.followers) {
      try {
        await follower(change);
      } catch (error) {
        this.onFailure(error, change);
      }
    }
  }
}

declare module './deps.ts' {
  interface AppDeps {
    /** Absent where nothing follows afbud (a test of one capability). */
    readonly afbudFollowers?: AfbudFollowers;
  }
}
