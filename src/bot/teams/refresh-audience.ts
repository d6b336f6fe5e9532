import type { Role } from '../../domain/council/roster.ts';
import { memberAddress } from './teams-addresses.ts';
import type { TeamsDeps } from './teams-deps.ts';

/** Teams shows each listed user their own view of a card; it takes at most 60. */
export const REFRESH_USER_LIMIT = 60;

export interface Audience {
  /** Teams user ids that get their own view by refresh (≤ 60). */
  readonly userIds: readonly string[];
  /** The roster is larger than refresh serves: cards carry a "Vis mit svar" button. */
  readonly overflow: boolean;
}

/** Whose own view matters most when not everyone fits: voters first, then who stands in, then who manages. */
const priority: Record<Role, number> = {
  formand: 0,
  naestformand: 0,
  medlem: 0,
  suppleant: 1,
  sekretariat: 2,
  tilforordnet: 3,
};

/**
 * Who a hearing card's `refresh.userIds` names: the council's members whose
 * Teams user id Rådsbot has seen (they wrote or clicked once). Kept a few
 * seconds per process, since every card update and every click needs it.
 */
export class RefreshAudience {
  private readonly cache = new Map<string, { at: number; audience: Promise<Audience> }>();

  constructor(
    private readonly deps: Pick<TeamsDeps, 'useCases' | 'directory'>,
    private readonly ttlMs = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  of(councilId: string): Promise<Audience> {
    const cached = this.cache.get(councilId);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.audience;
    const audience = this.load(councilId);
    this.cache.set(councilId, { at: this.now(), audience });
    audience.catch(() => this.cache.delete(councilId));
    return audience;
  }

  /** A member's user id was seen for the first time: the next card names them. */
  forget(councilId: string): void {
    this.cache.delete(councilId);
  }

  private async load(councilId: string): Promise<Audience> {
    const described = await this.deps.useCases.describeCouncil({ councilId });
    if (!described.ok) return { userIds: [], overflow: false };
    const members = [...described.value.members].sort(
      (a, b) => priority[a.role] - priority[b.role],
    );
    const addresses = await Promise.all(
      members.map((member) => memberAddress(this.deps.directory, councilId, member.id)),
    );
    const userIds = addresses.flatMap((address) => (address ? [address.userId] : []));
    return {
      userIds: userIds.slice(0, REFRESH_USER_LIMIT),
      overflow: members.length > REFRESH_USER_LIMIT,
    };
  }
}
