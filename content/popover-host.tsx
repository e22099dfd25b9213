import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { type ComponentChild, render } from 'preact';
import { Popover, type PopoverProps } from '../components/popover/Popover';
import popoverCss from '../components/popover/popover.css?inline';
import { POPOVER_ATTRIBUTE, POPOVER_TAG } from './element-names';
import type { MarkedFigure } from './mark-figures';

/** What the popover is placed against: a mark, or (for a highlighted figure) its text's range. */
type Anchor =
  | Element
  | { getBoundingClientRect(): DOMRect; getClientRects(): DOMRectList; contextElement?: Element };

/** The popover's distance from the window's edges, in px. */
const VIEWPORT_MARGIN = 8;
/** Below this the popover scrolls the page rather than shrink further (a very short window). */
const MIN_HEIGHT = 120;

/**
 * The one popover of a page: a host element with a closed shadow root, so page styles cannot reach
 * it and page scripts can neither read what the reader types into it nor change it.
 */
export class PopoverHost {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private readonly shadow: ShadowRoot;
  private stopAutoUpdate: (() => void) | null = null;
  /** The figure the popover is open on (its content may still be on its way: `pending`). */
  figure: MarkedFigure | null = null;
  /** The figure it is placed against. */
  private placed: MarkedFigure | null = null;
  /** Whether it shows a toast (in the place the popover was), not a popover. */
  showsToast = false;

  constructor(
    private readonly doc: Document,
    tag: string = POPOVER_TAG,
  ) {
    this.host = doc.createElement(tag);
    this.host.setAttribute(POPOVER_ATTRIBUTE, '');
    // inline !important: a page stylesheet cannot hide or shift the host
    for (const [k, v] of Object.entries({
      all: 'initial',
      visibility: 'visible',
      opacity: '1',
      position: 'absolute',
      top: '0',
      left: '0',
      'z-index': '2147483647',
      display: 'block',
    }))
      this.host.style.setProperty(k, v, 'important');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    this.shadow = shadow;
    const style = doc.createElement('style');
    style.textContent = popoverCss;
    this.mount = doc.createElement('div');
    shadow.append(style, this.mount);
  }

  get isOpen(): boolean {
    return this.figure !== null;
  }

  /** The mark the popover is open on, if it is open on a mark. */
  get anchor(): HTMLElement | null {
    return this.figure?.mark ?? null;
  }

  /**
   * Opens on the figure without painting anything yet: its history is on its way, and a small
   * box that grows (or flips) when it arrives is a jump the reader sees. `show` paints it.
   */
  pending(figure: MarkedFigure): void {
    if (this.figure === figure) return;
    this.hide();
    this.figure = figure;
  }

  /**
   * Shows (or re-renders) the popover next to the figure. Placed against a new figure, it stays
   * transparent until floating-ui has placed it, so it is never painted where it last stood.
   */
  show(figure: MarkedFigure, props: PopoverProps): void {
    const fresh = this.placed !== figure;
    if (fresh) {
      this.stopAutoUpdate?.();
      this.host.style.setProperty('opacity', '0', 'important');
    }
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.showsToast = false;
    this.figure = figure;
    render(<Popover {...props} />, this.mount);
    if (!fresh) return;
    this.placed = figure;
    const anchor = anchorOf(figure);
    if (anchor) this.stopAutoUpdate = autoUpdate(anchor, this.host, () => this.place(anchor));
    else this.reveal();
  }

  /** Shows a toast where the popover was last placed (its figure's mark may be gone). */
  showToast(toast: ComponentChild): void {
    this.hide();
    this.reveal();
    this.doc.documentElement.append(this.host);
    this.showsToast = true;
    render(toast, this.mount);
  }

  /** Focuses the first button of what it shows. */
  focusFirst(): void {
    this.mount.querySelector<HTMLElement>('button')?.focus();
  }

  /** The dialog element inside the shadow root. */
  get dialog(): HTMLElement | null {
    return this.mount.querySelector('[role="dialog"]');
  }

  /** The element focused inside the popover, if any. */
  get focused(): Element | null {
    return this.shadow.activeElement;
  }

  /** Whether focus is inside the popover. */
  get hasFocus(): boolean {
    return this.host.matches(':focus-within');
  }

  private place(anchor: Anchor): void {
    computePosition(anchor, this.host, {
      placement: 'bottom-start',
      // flip to the side with more room, keep it inside the window sideways, and cap its height
      // at the room left on that side (what does not fit scrolls inside the dialog)
      middleware: [
        offset(6),
        flip({ padding: VIEWPORT_MARGIN }),
        shift({ padding: VIEWPORT_MARGIN }),
        size({
          padding: VIEWPORT_MARGIN,
          apply: ({ availableHeight }) =>
            this.host.style.setProperty(
              '--claimline-room',
              `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`,
              'important',
            ),
        }),
      ],
    }).then(({ x, y }) => {
      this.host.style.setProperty(
        'transform',
        `translate(${Math.round(x)}px, ${Math.round(y)}px)`,
        'important',
      );
      this.reveal();
    });
  }

  private reveal(): void {
    this.host.style.setProperty('opacity', '1', 'important');
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.figure = null;
    this.placed = null;
    this.showsToast = false;
    render(null, this.mount);
    this.host.remove();
  }
}

function anchorOf(figure: MarkedFigure): Anchor | null {
  if (figure.mark) return figure.mark;
  const range = figure.range;
  if (!range) return null;
  const context = range.startContainer.parentElement ?? undefined;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: context,
  };
}
