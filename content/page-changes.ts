import { readMutations } from './mutations';
import type { PageFigures } from './page-figures';
import type { Scanner } from './scanner';
import { blockOf } from './text-blocks';
import type { Splits, SplitText } from './wrap';

export interface PageChangeDeps {
  body: Node;
  splits: Splits;
  figures: PageFigures;
  scanner: Scanner;
  /** Text nodes the page set the text of after Claimline split them, and their parents. */
  live: WeakSet<Node>;
  /** Whether a node is Claimline's own (a live mark, the popover host): changes there are ours. */
  isOurs: (node: Node) => boolean;
  quietly: (fn: () => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Told before each scan of what changed (the article text must be read again). */
  onFlush?: () => void;
}

const DEBOUNCE_MS = 300;
const MAX_PENDING = 500;

/**
 * What Claimline does about the page's own DOM changes: a split text node the page set, removed
 * or moved is put back as the page wrote it at once (in the observer's callback, before the
 * browser paints) and remembered as live; marks leave places that became editable; copies of
 * marks are unwrapped; new and changed text is scanned after the page settles, bounded by
 * MAX_PENDING roots per flush and by the scanner's cap on marks.
 */
export function handlePageChanges(deps: PageChangeDeps) {
  const { body, splits, figures, scanner } = deps;
  const pending = new Set<Node>();
  let flushTimer = 0;
  let sweepDue = false;

  function repair(split: SplitText) {
    const setByPage = split.node.data !== split.left;
    figures.dropMarks(splits.restore(split));
    const node = split.node;
    if (!node.isConnected) return;
    if (setByPage) {
      deps.live.add(node);
      if (node.parentNode) deps.live.add(node.parentNode);
    }
    pending.add(blockOf(node, body));
  }

  function readAndRepair(records: MutationRecord[]) {
    if (scanner.stopped) return;
    const work = readMutations(records, {
      splits,
      body,
      isOurMark: (el) => figures.ofMark(el) !== undefined,
      isOurs: deps.isOurs,
      maxRoots: MAX_PENDING - pending.size,
    });
    figures.dropOver(work.changed);
    if (work.broken.size || work.closed.size || work.copies.size)
      deps.quietly(() => {
        for (const split of work.broken) repair(split);
        for (const place of work.closed) figures.dropWithin(place);
        for (const copy of work.copies) copy.replaceWith(...Array.from(copy.childNodes));
      });
    for (const root of work.roots) pending.add(root);
    // an article taken away with nothing in its place yet (a router between two pages): its
    // figures go, and an open popover on one of them closes, without waiting for the next one
    if (work.removed && figures.size) sweepDue = true;
    if ((pending.size || sweepDue) && !flushTimer) flushTimer = deps.setTimeout(flush, DEBOUNCE_MS);
  }

  function flush() {
    flushTimer = 0;
    sweepDue = false;
    deps.onFlush?.();
    deps.quietly(() => {
      figures.sweep(); // figures the page took away with their content
      splits.sweep(); // and the text nodes it took
    });
    for (const node of pending) {
      if (!node.isConnected) continue;
      // a root inside another pending root is scanned with it
      let inner = false;
      for (let p = node.parentNode; p && !inner; p = p.parentNode) inner = pending.has(p);
      if (!inner) scanner.scan(node);
    }
    pending.clear();
  }

  return {
    onMutations(records: MutationRecord[]) {
      try {
        readAndRepair(records);
      } catch (error) {
        console.debug('[claimline] mutations not handled', error); // never thrown into the page
      }
    },
    stop: () => deps.clearTimeout(flushTimer),
  };
}
