import { createDiscourse, type Discourse } from '../extract/discourse';
import type { Figure } from '../extract/types';
import { type Extractor, findInBlock, type MarkedFigure, wrapFigures } from './mark-figures';
import { isSkipped, type TextBlock, walkTextBlocks } from './text-blocks';

export interface ScannerOptions {
  extract: Extractor;
  lang?: string;
  /** Runs `fn` in a later task (so the page stays responsive between chunks). */
  defer: (fn: () => void) => void;
  now: () => number;
  /** Called with the figures marked by each chunk of work. */
  onMarked: (found: MarkedFigure[]) => void;
  /** Whether a figure was corrected away by the reader ("Not a casualty figure", "Not a troop figure"). */
  suppressed?: (found: { figure: MarkedFigure['figure']; sentence: string }) => boolean;
  /** Milliseconds of work per task; well under the 50 ms of a long task. */
  budgetMs?: number;
  /** Called each time the queue drains, with the work done so far. */
  onIdle?: (stats: ScanStats) => void;
  /** Upper bound on marks in one page, so a page that grows forever cannot grow the script without bound. */
  maxMarks?: number;
}

const SLICE = 20_000;

/** What scanning has cost so far: time from the first queued root to the last chunk, and the longest chunk. */
export interface ScanStats {
  startedAt: number;
  finishedAt: number;
  chunks: number;
  busyMs: number;
  longestChunkMs: number;
  marks: number;
}

/**
 * Scans roots for figures in small chunks of work: blocks are read lazily and very long blocks are
 * cut at whitespace, so no task runs longer than the budget, whatever the size of the page.
 */
export class Scanner {
  private readonly roots: { root: Node; exclude?: Node }[] = [];
  private walk: Iterator<TextBlock> | null = null;
  /** The state of the root being walked: its blocks are read in document order with it. */
  private discourse: Discourse = createDiscourse();
  /** The block being worked on: its windows still to read, and the figures found so far. */
  private current: { block: TextBlock; windows: [number, number][]; found: Figure[] } | null = null;
  private running = false;
  private marks = 0;
  private readonly stats: ScanStats = {
    startedAt: -1,
    finishedAt: -1,
    chunks: 0,
    busyMs: 0,
    longestChunkMs: 0,
    marks: 0,
  };
  stopped = false;

  constructor(private readonly opt: ScannerOptions) {}

  get markCount(): number {
    return this.marks;
  }

  /** Queues a subtree for scanning, leaving out `exclude` (a part already scanned). */
  scan(root: Node, exclude?: Node): void {
    if (this.stopped || this.roots.some((r) => r.root === root)) return;
    if (this.stats.startedAt < 0) this.stats.startedAt = this.opt.now();
    this.roots.push({ root, exclude });
    if (!this.running) {
      this.running = true;
      this.opt.defer(() => this.pump());
    }
  }

  stop(): void {
    this.stopped = true;
    this.roots.length = 0;
    this.walk = null;
    this.current = null;
  }

  /** The next unit of work: a window of a block to read, or (when all are read) the block to mark. */
  private nextWork(): { block: TextBlock; window: [number, number] | null; found: Figure[] } | null {
    if (!this.current) {
      const block = this.nextBlock();
      if (!block) return null;
      this.current = { block, windows: windowsOf(block.text), found: [] };
    }
    const { block, windows, found } = this.current;
    // in order: what a window names, the next one may point back to
    const window = windows.shift() ?? null;
    if (!window) this.current = null;
    return { block, window, found };
  }

  private nextBlock(): TextBlock | null {
    for (;;) {
      if (!this.walk) {
        const next = this.roots.shift();
        if (!next) return null;
        const { root, exclude } = next;
        if (!root.isConnected || (root instanceof Element && isSkipped(root))) continue;
        this.walk = walkTextBlocks(root, exclude);
        this.discourse = createDiscourse();
      }
      const next = this.walk.next();
      if (!next.done) return next.value;
      this.walk = null;
    }
  }

  private pump(): void {
    if (this.stopped) return;
    const { budgetMs = 12, maxMarks = 5000 } = this.opt;
    const began = this.opt.now();
    const deadline = began + budgetMs;
    const found: MarkedFigure[] = [];
    let work: ReturnType<Scanner['nextWork']> = null;
    while (this.opt.now() < deadline && this.marks < maxMarks) {
      work = this.nextWork();
      if (!work) break;
      try {
        if (work.window) {
          const [from, to] = work.window;
          const { lang } = this.opt;
          work.found.push(
            ...findInBlock(work.block, this.opt.extract, { lang, from, to, discourse: this.discourse }),
          );
        } else {
          const figures = work.found.slice(0, maxMarks - this.marks);
          const marked = wrapFigures(work.block, figures, this.opt.suppressed);
          this.marks += marked.length;
          found.push(...marked);
        }
      } catch (error) {
        console.debug('[claimline] skipped a block', error); // one odd block never stops the rest
      }
    }
    if (found.length) this.opt.onMarked(found);
    const ended = this.opt.now();
    const stats = this.stats;
    stats.chunks++;
    stats.busyMs += ended - began;
    stats.longestChunkMs = Math.max(stats.longestChunkMs, ended - began);
    stats.finishedAt = ended;
    stats.marks = this.marks;
    if (work && this.marks < maxMarks) this.opt.defer(() => this.pump());
    else {
      this.running = false;
      this.opt.onIdle?.({ ...stats });
    }
  }
}

/**
 * Cuts a long text into windows of about SLICE characters, at a sentence end where there is one
 * (else at whitespace), so that a figure is never cut in two.
 */
export function windowsOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > SLICE) {
    const limit = from + SLICE;
    let cut = text.lastIndexOf('. ', limit - 2) + 2; // just after a sentence end
    if (cut < from + SLICE / 2) cut = text.lastIndexOf(' ', limit - 1) + 1; // else after a space
    if (cut <= from) cut = limit; // one huge word: cut anyway
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}
