import type { ClaimContext } from '../lib/claims/compare';
import type { ContextRequest } from '../lib/messages/contract';
import type { LoadingExtractor } from './cue-gate';
import { type ElementNames, elementNames } from './element-names';
import { figureOfEvent } from './figure-of-event';
import { FigureHighlights } from './highlights';
import type { MarkedFigure } from './mark-figures';
import { type NextFigure, nextFigure } from './next-figure';
import { handlePageChanges } from './page-changes';
import { PageFigures } from './page-figures';
import type { PageFiguresAnswer } from './page-figures-answer';
import type { PageActions } from './popover-actions';
import { type LoadPopoverUi, PopoverSlot } from './popover-slot';
import { triggerPopover } from './popover-trigger';
import { QuietObserver } from './quiet-observer';
import { Scanner, type ScanStats } from './scanner';
import { type TabStopMode, TabStops } from './tab-stops';
import { isMark } from './text-blocks';
import { Splits } from './wrap';

export interface ControllerDeps {
  doc: Document;
  /** Reads a text block's text (content/cue-gate.ts: its code may load on the first block it reads). */
  extract: LoadingExtractor;
  /**
   * A first look at a subtree's whole text: false when no block of it can open the extractor's
   * gate, and the page as it loaded is then not walked block by block (what it adds later is).
   */
  firstLook?: (root: Node) => boolean;
  /** The language the page is read in (`readingLanguage`); 'auto' or none: each sentence in the one it looks like. */
  lang?: string;
  fetchContext: (request: ContextRequest) => Promise<ClaimContext>;
  /** Brings the popover's code on the first hover or focus of a figure. */
  loadPopoverUi: LoadPopoverUi;
  /** Registers a listener that is removed when Claimline stops (the extension updated or disabled). */
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  now?: () => number;
  /** Claimline's tag names on this page (default: chosen by `elementNames`). */
  names?: ElementNames;
  /** Figures the reader said are not casualty figures on this page. */
  suppressed?: (found: { figure: MarkedFigure['figure']; sentence: string }) => boolean;
  highlightStyle?: 'subtle' | 'strong';
  /** One tab stop per paragraph (the default), or every figure one. */
  tabStops?: TabStopMode;
  /** Told what scanning cost each time the work queue drains (the page benchmark reads it). */
  onScanStats?: (stats: ScanStats) => void;
  /** What the popover's actions do; without them the popover only shows context. */
  actions?: PageActions;
}

export interface ClaimlinePage {
  /** The marked figures still on the page, in the order they were found. */
  figures(): MarkedFigure[];
  /** The popup's "This page": every figure and its context (loads the popover's code first). */
  answerFigures(): Promise<PageFiguresAnswer>;
  /** Moves focus to the figure after the reader's place (the next-figure shortcut) and says which it is. */
  nextFigure(): NextFigure | null;
  /** Removes one mark (the reader said it is not a casualty figure). */
  unmark(m: MarkedFigure): void;
  /** Shows the open popover's context afresh (the claim history changed). */
  refresh(): void;
  /** Stops scanning and observing; with `restore`, puts the page back exactly as it was. */
  stop(restore: boolean): void;
}

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
  const lang = deps.lang ?? (doc.documentElement.lang || 'auto');
  const names = deps.names ?? elementNames(doc);
  const splits = new Splits();
  /** Text nodes the page set the text of after Claimline split them, and their parents. */
  const live = new WeakSet<Node>();
  const highlights = doc.defaultView ? new FigureHighlights(doc.defaultView) : undefined;
  const stops = deps.tabStops === 'figure' ? null : new TabStops();
  const figures = new PageFigures(splits, highlights, (m) => {
    if (popover.host?.figure === m) popover.events?.close(false);
    stops?.drop(m);
    scanner.forget(1);
  });
  const popover = new PopoverSlot(deps.loadPopoverUi);
  const observer = new QuietObserver((records) => onMutations(records), OBSERVE);
  const quietly = (fn: () => void) => observer.quietly(fn);

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
        figures.add(m);
        stops?.add(m);
        const root = (m.mark ?? m.range?.startContainer)?.getRootNode();
        if (root && root !== doc) observer.watch(root, true); // from the end of this chunk of work
      }
    },
  });

  const lookup = (mark: HTMLElement) => figures.ofMark(mark);
  const figureAt = (x: number, y: number) => figures.highlightedAt(x, y);
  triggerPopover({
    doc,
    lookup,
    figureAt,
    listen: deps.listen,
    now,
    load: () =>
      popover.wire(
        {
          doc,
          tag: names.popover,
          lookup,
          figureAt,
          fetchContext: deps.fetchContext,
          listen: deps.listen,
          setTimeout: deps.setTimeout,
          clearTimeout: deps.clearTimeout,
          actions: deps.actions,
          unmark: (f) => handle.unmark(f),
          reread: (block) => scanner.reread(block),
        },
        lang ?? deps.lang,
      ),
  });

  const changes = body
    ? handlePageChanges({
        body,
        splits,
        figures,
        scanner,
        live,
        isOurs: (el) =>
          el === popover.host?.host || (isMark(el as Element) && figures.ofMark(el as Element) !== undefined),
        quietly,
        setTimeout: deps.setTimeout,
        clearTimeout: deps.clearTimeout,
      })
    : null;
  function onMutations(records: MutationRecord[]) {
    changes?.onMutations(records);
  }

  // Marks must not stay where the reader edits: an editor would save them with the text.
  deps.listen(doc, 'focusin', (event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Node) || figures.size === 0) return;
    const editing =
      doc.designMode === 'on'
        ? doc.documentElement
        : target instanceof Element && (target as HTMLElement).isContentEditable
          ? target
          : null;
    if (editing) quietly(() => figures.dropWithin(editing));
  });

  if (stops) {
    // the reader's place in a paragraph is its tab stop; the arrow keys go along its marks
    deps.listen(doc, 'focusin', (event) => {
      const m = figureOfEvent(event, lookup);
      if (m) stops.focused(m);
    });
    deps.listen(doc, 'keydown', (event) => {
      const e = event as KeyboardEvent;
      const step = ARROW_STEPS[e.key];
      if (!step || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const m = figureOfEvent(e, lookup);
      const next = m && stops.neighbour(m, step);
      if (!m) return;
      e.preventDefault(); // the page does not scroll under the reader's place
      if (next) goTo(next);
    });
  }
  /** Moves the reader to a mark: its popover is not left open on another figure. */
  const goTo = (mark: HTMLElement) => {
    if (popover.host?.isOpen && popover.host.figure?.mark !== mark) popover.events?.close(false);
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  };

  if (body) {
    observer.watch(body);
    // The article first, so its figures are marked soonest; then the rest of the page (headlines,
    // captions, live blogs, asides) without reading the article twice.
    if (!deps.firstLook || deps.firstLook(body)) {
      const article = articleRoot(doc);
      if (article) scanner.scan(article);
      scanner.scan(body, article ?? undefined);
    }
  }

  const handle: ClaimlinePage = {
    figures: () => figures.list(),
    async answerFigures() {
      const ui = await popover.code();
      const reading = lang === 'auto' ? undefined : lang;
      return ui.pageFiguresAnswer(figures.list(), ui.figureRequests(doc, lang ?? deps.lang), doc, () =>
        ui.pageReviews(doc, deps.extract, reading),
      );
    },
    refresh: () => popover.events?.refresh(),
    nextFigure() {
      const open = popover.host?.isOpen ? (popover.host.figure ?? undefined) : undefined;
      const active = doc.activeElement instanceof HTMLElement ? lookup(doc.activeElement) : undefined;
      const next = nextFigure(doc, figures.list(), active ?? open);
      if (next?.m.mark) goTo(next.m.mark);
      return next;
    },
    unmark(m) {
      quietly(() => figures.drop(m));
    },
    stop(restore) {
      scanner.stop();
      observer.disconnect();
      changes?.stop();
      popover.stop();
      if (restore) {
        for (const split of [...splits.all()]) splits.restore(split);
        highlights?.clear();
      }
      figures.clear();
      stops?.clear();
    },
  };
  return handle;
}

/** Arrow keys on a mark: the one before or after it in its paragraph. */
const ARROW_STEPS: Record<string, -1 | 1 | undefined> = {
  ArrowLeft: -1,
  ArrowUp: -1,
  ArrowRight: 1,
  ArrowDown: 1,
};

/** The page's main article, when it marks one: the single `<article>`, else `<main>`. */
export function articleRoot(doc: Document): Element | null {
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0] as Element;
  return doc.querySelector('main, [role="main"]');
}
