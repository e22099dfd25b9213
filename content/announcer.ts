import { STATUS_TAG } from './element-names';

/** The live region carries it, whatever its tag name. */
export const ANNOUNCER_ATTRIBUTE = 'data-claimline-announcer';

/** Out of sight, still read by screen readers (the usual visually-hidden rules), beyond a page's stylesheet. */
const HIDDEN: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: '0',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  'clip-path': 'inset(50%)',
  'white-space': 'nowrap',
  border: '0',
  display: 'block',
};

/** A screen reader hears a live region's change only once the region exists: the first words wait this long. */
const FIRST_WORDS_MS = 100;

/**
 * Says short sentences to the reader through an `aria-live` region of the page ("Marks hidden on
 * this page"), made on first use beside the popover's host, outside the page's body, and taken
 * away when Claimline stops. Saying the same words twice is heard twice: the region is emptied first.
 */
export class Announcer {
  private region: HTMLElement | null = null;
  private timer = 0;

  constructor(
    private readonly doc: Document,
    private readonly setTimeout: (fn: () => void, ms: number) => number,
    private readonly clearTimeout: (id: number) => void,
    private readonly tag = STATUS_TAG,
  ) {}

  /** Announces `words` (politely: after what the screen reader is saying). */
  say(words: string): void {
    const fresh = !this.region?.isConnected;
    const region = fresh ? this.make() : (this.region as HTMLElement);
    region.textContent = '';
    this.clearTimeout(this.timer);
    this.timer = this.setTimeout(
      () => {
        region.textContent = words;
      },
      fresh ? FIRST_WORDS_MS : 0,
    );
  }

  remove(): void {
    this.clearTimeout(this.timer);
    this.region?.remove();
    this.region = null;
  }

  private make(): HTMLElement {
    const region = this.doc.createElement(this.tag);
    region.setAttribute(ANNOUNCER_ATTRIBUTE, '');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    for (const [k, v] of Object.entries(HIDDEN)) region.style.setProperty(k, v, 'important');
    this.doc.documentElement.append(region);
    this.region = region;
    return region;
  }
}
