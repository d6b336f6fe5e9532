/** The in-memory twin of RedisRequestMemory: keys remembered with an expiry on a given clock. */
export class InMemoryRequestMemory {
  private readonly expiries = new Map<string, number>();
  constructor(private readonly nowSeconds: () => number = () => 0) {}

  async rememberOnce(key: string, ttlSeconds: number): Promise<boolean> {
    const now = this.nowSeconds();
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > now) return false;
    this.expiries.set(key, now + ttlSeconds);
    return true;
  }
}
