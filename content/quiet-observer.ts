/**
 * A MutationObserver over the page (its body and the page's shadow roots Claimline marked in)
 * that Claimline's own DOM changes do not wake, or marking would feed itself.
 */
export class QuietObserver {
  private readonly roots = new Set<Node>();
  private readonly observer: MutationObserver;

  constructor(
    private readonly onRecords: (records: MutationRecord[]) => void,
    private readonly init: MutationObserverInit,
  ) {
    this.observer = new MutationObserver((records) => onRecords(records));
  }

  /** Watches `root` too: at once, or (`later`) from the end of the current quiet change. */
  watch(root: Node, later = false): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    if (!later) this.observer.observe(root, this.init);
  }

  /** Runs `fn` unobserved. Records the page made just before are not lost: they are read after. */
  quietly(fn: () => void): void {
    const missed = this.observer.takeRecords();
    this.observer.disconnect();
    try {
      fn();
    } finally {
      for (const root of this.roots) this.observer.observe(root, this.init);
    }
    if (missed.length) this.onRecords(missed);
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}
