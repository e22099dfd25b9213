import type { PopoverEvents } from './popover-events';
import type { PopoverHost } from './popover-host';
import type { PopoverUi } from './popover-ui';
import type { PopoverPage } from './popover-wiring';

/** Brings the popover's code (in the extension: loadPopoverUi; in tests: the modules themselves). */
export type LoadPopoverUi = () => Promise<PopoverUi>;

/**
 * The page's popover before and after its script is there: nothing of it exists until a reader
 * turns to a figure (popover-trigger.ts), then its script loads once, the closed-shadow-root host
 * is made and its events are wired.
 */
export class PopoverSlot {
  private loading: Promise<PopoverUi> | null = null;
  private stopped = false;
  /** The popover, once wired. */
  host: PopoverHost | null = null;
  events: PopoverEvents | null = null;

  constructor(private readonly load: LoadPopoverUi) {}

  /** The popover's code, loaded once (again after a failed load). */
  code(): Promise<PopoverUi> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  /** Loads the code, makes the popover and wires its events, once. */
  async wire(page: Omit<PopoverPage, 'requests'>, lang: string | undefined): Promise<PopoverEvents> {
    const ui = await this.code();
    if (this.stopped) throw new Error('stopped');
    if (!this.events) {
      const wired = ui.wirePopoverPage({ ...page, requests: ui.figureRequests(page.doc, lang) });
      this.host = wired.host;
      this.events = wired.events;
    }
    return this.events;
  }

  /** Closes the popover and wires nothing after (Claimline stops on this page). */
  stop(): void {
    this.stopped = true;
    this.events?.close(false);
  }
}
