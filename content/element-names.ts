/** Every mark carries it, whatever its tag name: how Claimline's stylesheet and its own code find marks. */
export const MARK_ATTRIBUTE = 'data-claimline-mark';
/** The popover's host carries it, whatever its tag name. */
export const POPOVER_ATTRIBUTE = 'data-claimline-popover';

export const MARK_TAG = 'claimline-mark';
export const POPOVER_TAG = 'claimline-popover';
/** The live region that says what a keyboard shortcut did (content/announcer.ts). */
export const STATUS_TAG = 'claimline-status';

/** The tag names Claimline uses on one page. */
export interface ElementNames {
  mark: string;
  popover: string;
  status?: string;
}

/**
 * Whether the page has defined `name` as its own custom element. A content script cannot read the
 * page's registry, so it makes one element and asks: an element of a defined name is `:defined`
 * (or, when the page's constructor failed, an HTMLUnknownElement); an undefined name is neither.
 */
function takenByPage(doc: Document, name: string): boolean {
  const probe = doc.createElement(name);
  const unknown = doc.defaultView?.HTMLUnknownElement;
  return probe.matches(':defined') || (unknown !== undefined && probe instanceof unknown);
}

/**
 * Claimline's tag names for this page: `claimline-mark` and `claimline-popover`, unless the page
 * defined one of them first as its own custom element (whose constructor would then run on
 * Claimline's elements, or take their shadow root); then a name of the same family the page
 * cannot have guessed. Asked once per page, when Claimline starts.
 */
export function elementNames(
  doc: Document,
  suffix: () => string = () => Math.random().toString(36).slice(2, 10),
): ElementNames {
  const free = (name: string) => (takenByPage(doc, name) ? `${name}-${suffix()}` : name);
  return { mark: free(MARK_TAG), popover: free(POPOVER_TAG), status: free(STATUS_TAG) };
}
