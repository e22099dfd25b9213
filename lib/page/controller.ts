import type { PopoverActions } from '../../components/Popover';
import { type Draft, draftToRecord, type SaveResult } from '../../components/SaveForm';
import type { ClaimContext } from '../claims/compare';
import type { ContextRequest, ContextsRequest } from '../messages';
import { articleDate } from './article-date';
import { contextRequest, contextsRequest, type PageFacts } from './context-request';
import { type Extractor, MARK_TAG, type MarkedFigure } from './mark-figures';
import { wirePopover } from './popover-events';
import { POPOVER_TAG, PopoverHost } from './popover-host';
import { Scanner, type ScanStats } from './scanner';
import { blockOf } from './text-blocks';
import { unwrapMark } from './unwrap';

export interface ControllerDeps {
  doc: Document;
  extract: Extractor;
  /** The page's language when its `<html lang>` gives none (what its text looks like). */
  lang?: string;
  fetchContext: (request: ContextRequest) => Promise<ClaimContext>;
  /** Registers a listener that is removed when the extension is updated or disabled (WXT's ctx). */
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  now?: () => number;
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
  /** One request for the contexts of many figures (the popup's "This page"). */
  requests(ms: readonly MarkedFigure[]): ContextsRequest;
  /** Removes one mark (the reader said it is not a casualty figure). */
  unmark(m: MarkedFigure): void;
  /** Shows the open popover's context afresh (the claim history changed). */
  refresh(): void;
  /** Stops scanning and observing; with `restore`, puts the page back exactly as it was. */
  stop(restore: boolean): void;
}

const DEBOUNCE_MS = 300;
const MAX_PENDING = 500;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Scans the page in chunks, marks its figures, wires the popover, and keeps watching for content
 * the page adds later (live blogs, infinite scroll, single-page apps), debounced and bounded.
 */
export function startClaimline(deps: ControllerDeps): ClaimlinePage {
  const { doc } = deps;
  const now = deps.now ?? (() => performance.now());
  const body = doc.body;
  const lang = doc.documentElement.lang || undefined;
  const registry = new Map<HTMLElement, MarkedFigure>();
  const popover = new PopoverHost(doc);
  const date = articleDate(doc);
  const facts: PageFacts = { doc, articleDate: date, lang: lang ?? deps.lang };

  const observer = new MutationObserver((records) => onMutations(records));
  /** Our own DOM changes must not wake the observer, or marking would feed itself. */
  const quietly = (fn: () => void) => {
    observer.disconnect();
    try {
      fn();
    } finally {
      if (body) observer.observe(body, OBSERVE);
    }
  };

  const scanner = new Scanner({
    extract: deps.extract,
    lang,
    now,
    defer: (fn) => deps.setTimeout(() => quietly(fn), 0),
    suppressed: deps.suppressed,
    onIdle: deps.onScanStats,
    onMarked: (found) => {
      for (const m of found) {
        if (deps.highlightStyle === 'strong') m.mark.setAttribute('data-style', 'strong');
        registry.set(m.mark, m);
      }
    },
  });

  const request = (m: MarkedFigure): ContextRequest => contextRequest(m, facts);

  const draftFor = (m: MarkedFigure): Draft => ({
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
    lookup: (mark) => registry.get(mark),
    request,
    fetchContext: deps.fetchContext,
    listen: deps.listen,
    setTimeout: deps.setTimeout,
    clearTimeout: deps.clearTimeout,
  });

  // Added content is scanned after the page settles; a page that never settles is bounded by
  // MAX_PENDING roots per flush and by the scanner's cap on marks.
  const pending = new Set<Node>();
  let flushTimer = 0;
  function onMutations(records: MutationRecord[]) {
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
      for (const node of nodes) {
        if (pending.size >= MAX_PENDING) break;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!el || el.closest(`${MARK_TAG}, ${POPOVER_TAG}`)) continue;
        pending.add(node.nodeType === 1 ? el : blockOf(node, body as Node));
      }
    }
    if (pending.size && !flushTimer) flushTimer = deps.setTimeout(flush, DEBOUNCE_MS);
  }
  function flush() {
    flushTimer = 0;
    for (const node of pending) {
      if (!node.isConnected) continue;
      // a root inside another pending root is scanned with it
      let inner = false;
      for (let p = node.parentNode; p && !inner; p = p.parentNode) inner = pending.has(p);
      if (!inner) scanner.scan(node);
    }
    pending.clear();
  }

  if (body) {
    observer.observe(body, OBSERVE);
    // The article first, so its figures are marked soonest; then the rest of the page (headlines,
    // captions, live blogs, asides) without reading the article twice.
    const article = articleRoot(doc);
    if (article) scanner.scan(article);
    scanner.scan(body, article ?? undefined);
  }

  const figures = () => {
    const out: MarkedFigure[] = [];
    for (const [mark, m] of registry) {
      if (mark.isConnected) out.push(m);
      else registry.delete(mark); // the page removed it
    }
    return out;
  };

  const handle: ClaimlinePage = {
    figures,
    request,
    requests: (ms) => contextsRequest(ms, facts),
    refresh: () => events.refresh(),
    unmark(m) {
      if (popover.anchor === m.mark) events.close(false);
      registry.delete(m.mark);
      quietly(() => unwrapMark(m.mark));
    },
    stop(restore) {
      scanner.stop();
      observer.disconnect();
      deps.clearTimeout(flushTimer);
      events.close(false);
      if (restore) for (const mark of registry.keys()) unwrapMark(mark);
      registry.clear();
    },
  };
  return handle;
}

/** The page's main article, when it marks one: the single `<article>`, else `<main>`. */
export function articleRoot(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0] as Element;
  return doc.querySelector('main, [role="main"]');
}
