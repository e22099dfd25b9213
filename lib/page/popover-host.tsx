import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { Popover, type PopoverProps } from '../../components/Popover';
import popoverCss from '../../components/popover.css?inline';

export const POPOVER_TAG = 'claimline-popover';

/** The one popover of a page: a `<claimline-popover>` host with an open shadow root, so page styles cannot reach it. */
export class PopoverHost {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private stopAutoUpdate: (() => void) | null = null;
  anchor: HTMLElement | null = null;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(POPOVER_TAG);
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
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = popoverCss;
    this.mount = doc.createElement('div');
    shadow.append(style, this.mount);
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  /** Shows (or re-renders) the popover next to `anchor`. */
  show(anchor: HTMLElement, props: PopoverProps): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    render(<Popover {...props} />, this.mount);
    if (this.anchor !== anchor) {
      this.stopAutoUpdate?.();
      this.anchor = anchor;
      this.stopAutoUpdate = autoUpdate(anchor, this.host, () => this.place(anchor));
    }
  }

  /** The dialog element inside the shadow root. */
  get dialog(): HTMLElement | null {
    return this.mount.querySelector('[role="dialog"]');
  }

  private place(anchor: HTMLElement): void {
    computePosition(anchor, this.host, {
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      this.host.style.setProperty(
        'transform',
        `translate(${Math.round(x)}px, ${Math.round(y)}px)`,
        'important',
      );
    });
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.anchor = null;
    render(null, this.mount);
    this.host.remove();
  }
}
