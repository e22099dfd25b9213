import type { ClaimContext } from '../claims/compare';
import type { ContextRequest, FigureRef } from '../messages';
import { articleDate } from './article-date';
import { type Extractor, MARK_TAG, type MarkedFigure, markFigures } from './mark-figures';
import { PopoverHost } from './popover-host';

export interface ControllerDeps {
  doc: Document;
  extract: Extractor;
  fetchContext: (request: ContextRequest) => Promise<ClaimContext>;
  /** Registers a listener that is removed when the extension is updated or disabled (WXT's ctx). */
  listen: (target: EventTarget, type: string, handler: (event: Event) => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

const HOVER_INTENT_MS = 300;
const HOVER_LEAVE_MS = 250;
const ARTICLE_TEXT_CAP = 20_000;

function toRef(m: MarkedFigure): FigureRef {
  const { text, low, high, qualifier, metric, party, claimedBy } = m.figure;
  return claimedBy
    ? { text, low, high, qualifier, metric, party, claimedBy }
    : { text, low, high, qualifier, metric, party };
}

/** Scans the page, marks its figures and wires the popover. Returns the marked figures. */
export function startClaimline(deps: ControllerDeps): MarkedFigure[] {
  const { doc } = deps;
  if (!doc.body) return [];
  const lang = doc.documentElement.lang || undefined;
  const marked = markFigures(doc.body, deps.extract, lang);
  if (marked.length === 0) return marked;
  const byMark = new Map(marked.map((m) => [m.mark, m]));
  const date = articleDate(doc);
  const articleText = `${doc.title}\n${doc.body.textContent ?? ''}`.slice(0, ARTICLE_TEXT_CAP);
  const popover = new PopoverHost(doc);
  let hoverTimer = 0;
  let leaveTimer = 0;

  const close = (returnFocus: boolean) => {
    const anchor = popover.anchor;
    if (!anchor) return;
    anchor.setAttribute('aria-expanded', 'false');
    popover.hide();
    if (returnFocus) anchor.focus();
  };

  const open = (mark: HTMLElement, focus: boolean) => {
    const m = byMark.get(mark);
    if (!m) return;
    if (popover.anchor && popover.anchor !== mark) close(false);
    const figure = toRef(m);
    const onClose = () => close(true);
    mark.setAttribute('aria-expanded', 'true');
    popover.show(mark, figure, { status: 'loading' }, onClose);
    if (focus) popover.dialog?.focus();
    deps
      .fetchContext({ figure, sentence: m.sentence, articleText, articleDate: date })
      .then(
        (context) =>
          popover.anchor === mark && popover.show(mark, figure, { status: 'ready', context }, onClose),
      )
      .catch((error: unknown) => {
        const message = `Could not load earlier claims: ${error instanceof Error ? error.message : String(error)}`;
        if (popover.anchor === mark) popover.show(mark, figure, { status: 'error', message }, onClose);
      });
  };

  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null;

  deps.listen(doc, 'keydown', (event) => {
    const e = event as KeyboardEvent;
    const mark = markOf(e.target);
    if (mark && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      open(mark, true);
    } else if (e.key === 'Escape' && popover.isOpen) {
      close(true);
    }
  });
  deps.listen(doc, 'click', (event) => {
    const mark = markOf(event.target);
    if (mark) open(mark, false);
    else if (popover.isOpen && event.target !== popover.host) close(false);
  });
  deps.listen(doc, 'mouseover', (event) => {
    const mark = markOf(event.target);
    const overPopover = event.target === popover.host;
    if (mark || overPopover) deps.clearTimeout(leaveTimer);
    if (mark && popover.anchor !== mark) {
      deps.clearTimeout(hoverTimer);
      hoverTimer = deps.setTimeout(() => open(mark, false), HOVER_INTENT_MS);
    }
  });
  deps.listen(doc, 'mouseout', (event) => {
    const from = markOf(event.target) ?? (event.target === popover.host ? popover.host : null);
    if (!from) return;
    deps.clearTimeout(hoverTimer);
    const focusedInside = popover.host.matches(':focus-within');
    if (popover.isOpen && !focusedInside) leaveTimer = deps.setTimeout(() => close(false), HOVER_LEAVE_MS);
  });
  return marked;
}
