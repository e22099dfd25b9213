import type { PopoverActions } from '../../components/Popover';
import { type Draft, draftToRecord, type SaveResult } from '../../components/SaveForm';
import type { ClaimContext } from '../claims/compare';
import type { ContextRequest } from '../messages';
import { articleDate } from './article-date';
import { type ElementNames, elementNames } from './element-names';
import { FigureHighlights } from './highlights';
import type { Extractor, MarkedFigure } from './mark-figures';
import { readMutations } from './mutations';
import { toRef, wirePopover } from './popover-events';
import { PopoverHost } from './popover-host';
import { Scanner, type ScanStats } from './scanner';
import { blockOf, isMark } from './text-blocks';
import { Splits, type SplitText } from './wrap';

export interface ControllerDeps {
  doc: Document;
  extract: Extractor;
  fetchContext: (request: ContextRequest) => Promise<ClaimContext>;
  /** Registers a listener that is removed when Claimline stops (the extension updated or disabled). */
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  now?: () => number;
  /** A new claim id for each "Save to history" form, so a save sent twice is stored once. */
  newDraftId?: () => string;
  /** Claimline's tag names on this page (default: chosen by `elementNames`). */
  names?: ElementNames;
  /** Figures the reader said are not casualty figures on this page. */
  suppressed?: (found: { figure: MarkedFigure['figure']; sentence: string }) => boolean;
  highlightStyle?: 'subtle' | 'strong';
  /** Told what scanning cost each time the work queue drains (the page benchmark reads it). */
  onScanStats?: (stats: ScanStats) => void;
  /** What the popover's actions do; without them the popover only shows context. */
  actions?: {
    save: (draft: Record<string, unknown>) => Promise<SaveResult>;
    notFigure: (m: MarkedFigure) => void;
    pause: () => void;
  };
}

export interface ClaimlinePage {
  /** The marked figures still on the page, in the order they were found. */
  figures(): MarkedFigure[];
  request(m: MarkedFigure): ContextRequest;
  /** Removes one mark (the reader said it is not a casualty figure). */
  unmark(m: MarkedFigure): void;
  /** Shows the open popover's context afresh (the claim history changed). */
  refresh(): void;
  /** Stops scanning and observing; with `restore`, puts the page back exactly as it was. */
  stop(restore: boolean): void;
}

const ARTICLE_TEXT_CAP = 20_000;
const DEBOUNCE_MS = 300;
const MAX_PENDING = 500;
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['contenteditable'],
};

/**
 * Scans the page in chunks, marks its figures, wires the popover, and keeps watching for content
 * the page adds later (live blogs, infinite scroll, single-page apps), debounced and bounded. When
 * the page changes text Claimline split to mark it, that text is put back as the page wrote it at
 * once (before the browser paints), and text the page keeps changing is underlined by a highlight.
 */
export function startClaimline(deps: ControllerDeps): ClaimlinePage {
  const { doc } = deps;
  const now = deps.now ?? (() => performance.now());
  const body = doc.body;
  const lang = doc.documentElement.lang || undefined;
  const names = deps.names ?? elementNames(doc);
  const splits = new Splits();
  /** Text nodes the page set the text of after Claimline split them, and their parents. */
  const live = new WeakSet<Node>();
  const highlights = doc.defaultView ? new FigureHighlights(doc.defaultView) : undefined;
  /** Every mark element, to its figure. */
  const byMark = new Map<Element, MarkedFigure>();
  /** The figures, in the order they were found; and those underlined by a highlight. */
  const found = new Set<MarkedFigure>();
  const highlighted = new Set<MarkedFigure>();
  const popover = new PopoverHost(doc, names.popover);
  let articleText: string | null = null;
  const date = articleDate(doc);

  /** The document and the page's shadow roots Claimline marked in. */
  const observed = new Set<Node>();
  const observer = new MutationObserver((records) => onMutations(records));
  const observeAll = () => {
    for (const root of observed) observer.observe(root, OBSERVE);
  };
  /** Our own DOM changes must not wake the observer, or marking would feed itself. */
  const quietly = (fn: () => void) => {
    const missed = observer.takeRecords();
    observer.disconnect();
    try {
      fn();
    } finally {
      observeAll();
    }
    if (missed.length) onMutations(missed);
  };

  const scanner = new Scanner({
    extract: deps.extract,
    lang,
    now,
    marking: {
      names,
      splits,
      highlights,
      isLive: (node) => live.has(node) || (node.parentNode !== null && live.has(node.parentNode)),
    },
    defer: (fn) => deps.setTimeout(() => quietly(fn), 0),
    suppressed: deps.suppressed,
    onIdle: deps.onScanStats,
    onMarked: (marked) => {
      for (const m of marked) {
        if (deps.highlightStyle === 'strong')
          for (const mark of m.marks) mark.setAttribute('data-style', 'strong');
        for (const mark of m.marks) byMark.set(mark, m);
        found.add(m);
        if (m.range) highlighted.add(m);
        const root = (m.mark ?? m.range?.startContainer)?.getRootNode();
        if (root && root !== doc) observed.add(root); // observed from the end of this chunk of work
      }
    },
  });

  const request = (m: MarkedFigure): ContextRequest => {
    // the article's own text when it marks one (not the whole page), read once per popover batch
    articleText ??= `${doc.title}\n${(articleRoot(doc) ?? body)?.textContent?.slice(0, ARTICLE_TEXT_CAP) ?? ''}`;
    return { figure: toRef(m), sentence: m.sentence, articleText, articleDate: date };
  };

  const draftFor = (m: MarkedFigure): Draft => ({
    ...(deps.newDraftId ? { id: deps.newDraftId() } : {}),
    claimedBy: m.figure.claimedBy ?? '',
    claimDate: date ?? new Date().toISOString().slice(0, 10),
    metric: m.figure.metric,
    qualifier: m.figure.qualifier,
    low: m.figure.low === null ? '' : String(m.figure.low),
    high: m.figure.high === null ? '' : String(m.figure.high),
    party: m.figure.party ?? '',
    sourceName: doc.title.slice(0, 200),
    sourceUrl: doc.URL,
    quote: m.sentence,
    note: '',
  });
  const actions = deps.actions;
  const actionsFor = actions
    ? (m: MarkedFigure, close: () => void): PopoverActions => ({
        draft: draftFor(m),
        onSave: (draft) => actions.save(draftToRecord(draft)),
        onNotFigure: () => {
          actions.notFigure(m);
          handle.unmark(m);
        },
        onPause: () => {
          close();
          actions.pause();
        },
      })
    : undefined;

  const events = wirePopover({
    actionsFor,
    doc,
    popover,
    lookup: (mark) => byMark.get(mark),
    figureAt: (x, y) => highlightedAt(x, y),
    request,
    fetchContext: deps.fetchContext,
    listen: deps.listen,
    setTimeout: deps.setTimeout,
    clearTimeout: deps.clearTimeout,
  });

  /** A figure underlined by a highlight under the point (x, y) of the viewport. */
  function highlightedAt(x: number, y: number): MarkedFigure | undefined {
    for (const m of highlighted) {
      if (!m.range) continue;
      for (const rect of Array.from(m.range.getClientRects()))
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return m;
    }
    return undefined;
  }

  /** Takes a figure off the page: its marks unwrapped (the text stays), its highlight removed. */
  function drop(m: MarkedFigure | undefined) {
    if (!m || !found.delete(m)) return;
    highlighted.delete(m);
    if (popover.figure === m) events.close(false);
    for (const mark of m.marks) {
      byMark.delete(mark);
      splits.unwrap(mark);
    }
    if (m.range) highlights?.delete(m.range);
    scanner.forget(1);
  }

  /** The page changed, removed or moved a text node Claimline split: put it back as the page wrote it. */
  function repair(split: SplitText) {
    const setByPage = split.node.data !== split.left;
    for (const mark of splits.restore(split)) drop(byMark.get(mark));
    const node = split.node;
    if (!node.isConnected) return;
    if (setByPage) {
      live.add(node);
      if (node.parentNode) live.add(node.parentNode);
    }
    pending.add(blockOf(node, body as Node));
  }

  // Added content is scanned after the page settles; a page that never settles is bounded by
  // MAX_PENDING roots per flush and by the scanner's cap on marks.
  const pending = new Set<Node>();
  let flushTimer = 0;
  function onMutations(records: MutationRecord[]) {
    try {
      readAndRepair(records);
    } catch (error) {
      console.debug('[claimline] mutations not handled', error); // never thrown into the page
    }
  }
  function readAndRepair(records: MutationRecord[]) {
    if (scanner.stopped || !body) return;
    const work = readMutations(records, {
      splits,
      body,
      isOurMark: (el) => byMark.has(el),
      isOurs: (el) => el === popover.host || (isMark(el as Element) && byMark.has(el as Element)),
      maxRoots: MAX_PENDING - pending.size,
    });
    if (highlighted.size && work.changed.size)
      for (const m of highlighted)
        if (m.range && (work.changed.has(m.range.startContainer) || work.changed.has(m.range.endContainer)))
          drop(m);
    if (work.broken.size || work.closed.size || work.copies.size)
      quietly(() => {
        for (const split of work.broken) repair(split);
        for (const place of work.closed) unmarkWithin(place);
        for (const copy of work.copies) copy.replaceWith(...Array.from(copy.childNodes));
      });
    for (const root of work.roots) pending.add(root);
    if (pending.size && !flushTimer) flushTimer = deps.setTimeout(flush, DEBOUNCE_MS);
  }
  function flush() {
    flushTimer = 0;
    articleText = null;
    quietly(sweep);
    for (const node of pending) {
      if (!node.isConnected) continue;
      // a root inside another pending root is scanned with it
      let inner = false;
      for (let p = node.parentNode; p && !inner; p = p.parentNode) inner = pending.has(p);
      if (!inner) scanner.scan(node);
    }
    pending.clear();
  }
  /** Forgets figures the page took away with their content, and puts back the text nodes it took. */
  function sweep() {
    for (const m of found) if (m.mark ? !m.mark.isConnected : !rangeHolds(m.range)) drop(m);
    splits.sweep();
  }
  /** Marks must not stay where the reader edits: an editor would save them with the text. */
  function unmarkWithin(place: Node) {
    for (const m of found) {
      const at = m.mark ?? m.range?.startContainer;
      if (at && place.contains(at)) drop(m);
    }
  }
  deps.listen(doc, 'focusin', (event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Node) || found.size === 0) return;
    const editing =
      doc.designMode === 'on'
        ? doc.documentElement
        : target instanceof Element && (target as HTMLElement).isContentEditable
          ? target
          : null;
    if (editing) quietly(() => unmarkWithin(editing));
  });

  if (body) {
    observed.add(body);
    observer.observe(body, OBSERVE);
    // The article first, so its figures are marked soonest; then the rest of the page (headlines,
    // captions, live blogs, asides) without reading the article twice.
    const article = articleRoot(doc);
    if (article) scanner.scan(article);
    scanner.scan(body, article ?? undefined);
  }

  const figures = () => {
    const out: MarkedFigure[] = [];
    for (const m of found) if (m.mark ? m.mark.isConnected : rangeHolds(m.range)) out.push(m);
    return out;
  };

  const handle: ClaimlinePage = {
    figures,
    request,
    refresh: () => events.refresh(),
    unmark(m) {
      quietly(() => drop(m));
    },
    stop(restore) {
      scanner.stop();
      observer.disconnect();
      deps.clearTimeout(flushTimer);
      events.close(false);
      if (restore) {
        for (const split of [...splits.all()]) splits.restore(split);
        highlights?.clear();
      }
      byMark.clear();
      found.clear();
      highlighted.clear();
    },
  };
  return handle;
}

/** Whether a highlighted figure's range still covers text of the page. */
function rangeHolds(range: Range | null): boolean {
  return range !== null && !range.collapsed && range.startContainer.isConnected;
}

/** The page's main article, when it marks one: the single `<article>`, else `<main>`. */
export function articleRoot(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0] as Element;
  return doc.querySelector('main, [role="main"]');
}
