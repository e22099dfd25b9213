import { createDiscourse, type Discourse } from '../lib/extract/discourse';
import { endsSentenceAt } from '../lib/extract/engine/sentence';
import type { Figure } from '../lib/extract/types';
import type { LoadingExtractor } from './cue-gate';
import { isSuppressed, type MarkContext, type MarkedFigure, markFigure } from './mark-figures';
import { inSkippedPlace, PAUSE, type TextBlock, walkTextBlocks } from './text-blocks';

export interface ScannerOptions {
  /** Reads a text; while its code loads, the promise of it (scanning waits; if it fails, stops). */
  extract: LoadingExtractor;
  lang?: string;
  /** How figures are marked on this page. */
  marking: MarkContext;
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
/** How far back from the end of text read before a block's new text is read again, at most. */
const OVERLAP = 600;

/** What scanning has cost so far: time from the first queued root to the last chunk, and the longest chunk. */
export interface ScanStats {
  startedAt: number;
  finishedAt: number;
  chunks: number;
  busyMs: number;
  longestChunkMs: number;
  marks: number;
  /** Characters handed to the extractor: a page's text once, plus only the new text of blocks that grow. */
  charsRead: number;
}

/** The block being worked on: windows of its text still to read, then its figures still to mark. */
interface BlockWork {
  block: TextBlock;
  windows: [number, number][];
  /** Figures found, last first (a split text node keeps the text before its mark). */
  figures: Figure[];
  /** Figures marked so far, in the order of the text. */
  marked: MarkedFigure[];
}

/**
 * Scans roots for figures in small chunks of work: blocks are read lazily (a block of very many
 * nodes over several chunks), long texts are cut at sentence ends and figures are marked a few at
 * a time, so no task runs much longer than the budget, whatever the page. A block read before
 * whose text only grew (a live ticker, a streamed answer) is read again only from its new text.
 */
export class Scanner {
  private readonly roots: { root: Node; exclude?: Node }[] = [];
  private walk: Iterator<TextBlock | typeof PAUSE> | null = null;
  private current: BlockWork | null = null;
  /** Each block's text when it was last read. */
  private readonly read = new WeakMap<Element, string>();
  /** The state of the root being walked: its blocks are read in document order with it. */
  private discourse: Discourse = createDiscourse();
  private running = false;
  /** The extractor's code is loading: no work until it is there. */
  private waiting = false;
  private marks = 0;
  private deadline = 0;
  private readonly stats: ScanStats = {
    startedAt: -1,
    finishedAt: -1,
    chunks: 0,
    busyMs: 0,
    longestChunkMs: 0,
    marks: 0,
    charsRead: 0,
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

  /** Reads a block again from its start (a figure in it was given back to the reader's view). */
  reread(block: Element): void {
    this.read.delete(block);
    this.scan(block);
  }

  stop(): void {
    this.stopped = true;
    this.roots.length = 0;
    this.walk = null;
    this.current = null;
  }

  /** Counts marks that went away (the page removed them, or they were put back), so the cap stays true. */
  forget(count: number): void {
    this.marks = Math.max(0, this.marks - count);
  }

  private outOfTime = () => this.opt.now() >= this.deadline;

  /** The next block to read; PAUSE when reading it has to go on in the next chunk. */
  private nextBlock(): TextBlock | typeof PAUSE | undefined {
    for (;;) {
      if (!this.walk) {
        const next = this.roots.shift();
        if (!next) return undefined;
        const { root, exclude } = next;
        if (!root.isConnected || inSkippedPlace(root)) continue;
        this.walk = walkTextBlocks(root, exclude, this.outOfTime);
        this.discourse = createDiscourse();
      }
      const next = this.walk.next();
      if (!next.done) return next.value;
      this.walk = null;
    }
  }

  /** Does one unit of work; false when there is none left. */
  private step(found: MarkedFigure[]): boolean {
    if (!this.current) {
      const block = this.nextBlock();
      if (block === undefined) return false;
      if (block === PAUSE) return true;
      this.current = {
        block,
        windows: windowsOf(block.text, resumeAt(block.text, this.read.get(block.element))),
        figures: [],
        marked: [],
      };
    }
    const work = this.current;
    const window = work.windows.shift();
    if (window) {
      const [from, to] = window;
      const { text } = work.block;
      const slice = from === 0 && to === text.length ? text : text.slice(from, to);
      const read = this.opt.extract(slice, { lang: this.opt.lang, discourse: this.discourse });
      if (!Array.isArray(read)) {
        work.windows.unshift(window); // read again once the extractor is there
        this.waitFor(read);
        return false;
      }
      this.stats.charsRead += to - from;
      for (const f of read) work.figures.push(from ? { ...f, start: f.start + from, end: f.end + from } : f);
      if (work.windows.length === 0) {
        work.figures.sort((a, b) => b.start - a.start);
        this.read.set(work.block.element, work.block.text);
      }
      return true;
    }
    const figure = work.figures.shift();
    if (!figure) {
      // a block's figures are told in the order of its text, once it is done
      found.push(...work.marked);
      this.current = null;
      return true;
    }
    if (isSuppressed(work.block, figure, this.opt.suppressed)) return true;
    const marked = markFigure(this.opt.marking, work.block, figure);
    if (marked) {
      this.marks++;
      work.marked.unshift(marked);
    }
    return true;
  }

  /**
   * Waits for the extractor's code, then goes on where it was; when it cannot be loaded, scanning
   * stops (nothing was marked without it: the page stays as it was).
   */
  private waitFor(loading: Promise<unknown>): void {
    this.waiting = true;
    loading.then(
      () => {
        this.waiting = false;
        if (!this.stopped) this.opt.defer(() => this.pump());
      },
      (error: unknown) => {
        console.warn('[claimline] no extractor', error);
        this.stop();
      },
    );
  }

  private pump(): void {
    if (this.stopped || this.waiting) return;
    const { budgetMs = 12, maxMarks = 5000 } = this.opt;
    const began = this.opt.now();
    this.deadline = began + budgetMs;
    const found: MarkedFigure[] = [];
    let more = true;
    while (more && !this.outOfTime() && this.marks < maxMarks) {
      try {
        more = this.step(found);
      } catch (error) {
        this.current = null; // one odd block never stops the rest
        console.debug('[claimline] skipped a block', error);
      }
    }
    if (this.marks >= maxMarks && this.current) found.push(...this.current.marked.splice(0));
    if (found.length) this.opt.onMarked(found);
    const ended = this.opt.now();
    const stats = this.stats;
    stats.chunks++;
    stats.busyMs += ended - began;
    stats.longestChunkMs = Math.max(stats.longestChunkMs, ended - began);
    stats.finishedAt = ended;
    stats.marks = this.marks;
    if (more && this.marks < maxMarks) this.opt.defer(() => this.pump());
    else if (this.waiting)
      return; // pumped again when the extractor is there
    else {
      this.running = false;
      this.opt.onIdle?.({ ...stats });
    }
  }
}

/**
 * Where to read a block again from: 0 for new text; for text that only grew since it was read,
 * the start of the last sentence read (a figure may run on into the new text), at most OVERLAP
 * characters back and at a space.
 */
export function resumeAt(text: string, before: string | undefined): number {
  if (before === undefined || before.length === 0 || !text.startsWith(before)) return 0;
  const floor = Math.max(0, before.length - OVERLAP);
  const sentence = lastSentenceEnd(before, floor, before.length - 1);
  if (sentence >= 0) return sentence;
  const space = before.lastIndexOf(' ', floor);
  return space < 0 ? 0 : space + 1;
}

/**
 * Cuts text from `from` into windows of about SLICE characters, at a sentence end where there is
 * one (else at whitespace), so that a figure is never cut in two.
 */
export function windowsOf(text: string, from = 0): [number, number][] {
  const out: [number, number][] = [];
  while (text.length - from > SLICE) {
    const limit = from + SLICE;
    let cut = lastSentenceEnd(text, from + SLICE / 2, limit - 2);
    if (cut < 0) cut = text.lastIndexOf(' ', limit - 1) + 1; // else after a space
    if (cut <= from) cut = limit; // one huge word: cut anyway
    out.push([from, cut]);
    from = cut;
  }
  if (from < text.length || out.length === 0) out.push([from, text.length]);
  return out;
}

/**
 * Just after the last ". " at or before `at` and not before `floor` that ends a sentence by the
 * extractor's rule ("am 9. Januar", "Dr. Müller" do not), or -1.
 */
function lastSentenceEnd(text: string, floor: number, at: number): number {
  for (let p = text.lastIndexOf('. ', at); p >= floor; p = p > 0 ? text.lastIndexOf('. ', p - 1) : -1)
    if (endsSentenceAt(text, p)) return p + 2;
  return -1;
}
