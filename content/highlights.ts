/** The name of Claimline's highlight; `::highlight(claimline-figure)` in marks.css draws it. */
export const HIGHLIGHT_NAME = 'claimline-figure';

/**
 * Figures underlined through the CSS Custom Highlight API: live ranges over the page's own text,
 * no DOM change at all, for text where a mark would be unsafe (text a script keeps changing).
 * Where the browser has no such API, the figure is still listed in the popup's "This page".
 */
export class FigureHighlights {
  private highlight: Highlight | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  /** Whether this browser can draw highlights. */
  get supported(): boolean {
    return typeof this.win.Highlight === 'function' && this.win.CSS?.highlights !== undefined;
  }

  /** Underlines `range`; false when the browser cannot. */
  add(range: Range): boolean {
    if (!this.supported) return false;
    if (!this.highlight) {
      this.highlight = new this.win.Highlight();
      this.win.CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    }
    this.highlight.add(range);
    return true;
  }

  delete(range: Range): void {
    this.highlight?.delete(range);
  }

  /** Removes every underline Claimline drew. */
  clear(): void {
    if (!this.highlight) return;
    this.highlight.clear();
    this.win.CSS.highlights.delete(HIGHLIGHT_NAME);
    this.highlight = null;
  }
}
