/**
 * The stale-run guard. A search (or an embed's render) awaits the network;
 * when a newer one starts meanwhile, the older one must not touch the page
 * when it resolves. Each run asks `start()` for a check that stays true
 * until the next run starts.
 */
export class LatestRun {
  private id = 0;

  /** Starts a run: the check is true until another run starts. */
  start(): () => boolean {
    const id = ++this.id;
    return () => id === this.id;
  }

  /** A check for the run going on now (for work that joins it, as "Show more" does). */
  current(): () => boolean {
    const id = this.id;
    return () => id === this.id;
  }
}
