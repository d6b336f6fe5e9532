interface Waiting<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Gathers the calls made in one turn of the event loop and runs them as one
 * batch: many hearings planned at once (an import, a benchmark, a restart)
 * become one addBulk instead of thousands of round trips. A lone call waits
 * only until setImmediate.
 */
export class TickBatcher<T> {
  private pending: Waiting<T>[] = [];
  private scheduled = false;
  /**
   * Batches run one after another: started all at once, thousands of queued
   * commands outlive the producer's command timeout and report failure for
   * jobs that were in fact stored.
   */
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly run: (items: readonly T[]) => Promise<void>,
    private readonly maxBatch = 1_000,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      this.tail = this.tail
        .then(() => this.run(batch.map((waiting) => waiting.item)))
        .then(
          () => batch.forEach((waiting) => waiting.resolve()),
          (error: unknown) => batch.forEach((waiting) => waiting.reject(error)),
        );
    }
  }
}
