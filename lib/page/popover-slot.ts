import type { PopoverProps } from '../../components/Popover';
import type { MarkedFigure } from './mark-figures';
import type { PopoverHost } from './popover-host';
import type { PopoverUi } from './popover-ui';

/** Brings the popover's code (in the extension: loadPopoverUi; in tests: the modules themselves). */
export type LoadPopoverUi = () => Promise<PopoverUi>;

/**
 * The page's one popover before and after its code is there: nothing of it exists until a reader
 * hovers or focuses a figure, then its script loads once and the closed-shadow-root host is made.
 */
export class PopoverSlot {
  private ui: PopoverUi | null = null;
  private made: PopoverHost | null = null;
  private loading: Promise<PopoverHost> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly tag: string,
    private readonly load: LoadPopoverUi,
  ) {}

  /** Starts loading the popover's code, once; resolves to the popover when it is ready. */
  preload(): Promise<PopoverHost> {
    this.loading ??= this.load().then(
      (ui) => {
        this.ui = ui;
        this.made = new ui.PopoverHost(this.doc, this.tag);
        return this.made;
      },
      (error: unknown) => {
        this.loading = null; // tried again on the next hover or focus
        throw error;
      },
    );
    return this.loading;
  }

  /** The popover's code; only once it has loaded (after `preload`). */
  get code(): PopoverUi {
    if (!this.ui) throw new Error('the popover is not loaded');
    return this.ui;
  }

  /** The popover, once its code has loaded. */
  get ready(): PopoverHost | null {
    return this.made;
  }

  get figure(): MarkedFigure | null {
    return this.made?.figure ?? null;
  }

  get isOpen(): boolean {
    return this.made?.isOpen ?? false;
  }

  get anchor(): HTMLElement | null {
    return this.made?.anchor ?? null;
  }

  /** The popover's host element (null until the popover first loads). */
  get host(): HTMLElement | null {
    return this.made?.host ?? null;
  }

  get dialog(): HTMLElement | null {
    return this.made?.dialog ?? null;
  }

  get hasFocus(): boolean {
    return this.made?.hasFocus ?? false;
  }

  show(figure: MarkedFigure, props: PopoverProps): void {
    this.made?.show(figure, props);
  }

  hide(): void {
    this.made?.hide();
  }
}
