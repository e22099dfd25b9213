import { MARK_ATTRIBUTE, POPOVER_ATTRIBUTE } from './element-names';

/** Elements whose text is never scanned: code, form fields, scripts, graphics, buttons. */
const SKIP = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'CANVAS',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'BUTTON',
];

/** Open shadow roots read at most on one page (a page cannot make the walk endless). */
export const MAX_SHADOWS = 1000;

/** Inline elements: text inside them belongs to the surrounding block ("<b>4,700</b> casualties"). */
const INLINE = [
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
];
// made on the first page that is scanned, not when the content script loads
let skipped: Set<string> | null = null;
let inline: Set<string> | null = null;
const skippedTags = (): Set<string> => {
  skipped ??= new Set(SKIP);
  return skipped;
};
const inlineTags = (): Set<string> => {
  inline ??= new Set(INLINE);
  return inline;
};

export interface TextPiece {
  node: Text;
  /** Offset of this node's first character in the block's text. */
  start: number;
  /** The node is the text of one of Claimline's marks (read for the sentence, never marked again). */
  marked?: boolean;
}

/** The text of one block-level element, read across its inline children. */
export interface TextBlock {
  element: Element;
  text: string;
  pieces: TextPiece[];
}

/** Whether an element is one of Claimline's marks (whatever tag name the page left it). */
export const isMark = (el: Element): boolean => el.hasAttribute(MARK_ATTRIBUTE);

/**
 * Whether an element's text must be left alone: code, form fields, graphics, buttons, hidden or
 * editable content (an editor would save a mark as part of the text), Claimline's popover.
 */
export function isSkipped(el: Element): boolean {
  if (skippedTags().has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute(POPOVER_ATTRIBUTE)) return true;
  // the attribute, not isContentEditable: that would make the browser recompute styles at every element
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Whether `node` sits in a place whose text is left alone: the skip rules of `isSkipped` applied to
 * every ancestor (across the hosts of shadow roots), not only to what a walk from `node` meets, so
 * text a script adds inside an `<svg>`, a `<button>` or an editor is skipped like static text there.
 */
export function inSkippedPlace(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === 1 && isSkipped(n as Element)) return true;
    n = n.parentNode ?? (n as ShadowRoot).host ?? null;
  }
  return false;
}

/** Whether an element's text belongs to the block around it ("<b>4,700</b> casualties"). */
export const isInline = (el: Element): boolean => inlineTags().has(el.tagName.toUpperCase()) || isMark(el);

/** The block-level element whose text holds `node`: the nearest ancestor that is not inline. */
export function blockOf(node: Node, root: Node): Element {
  let el = node.parentElement;
  while (el && el !== root && isInline(el)) el = el.parentElement;
  return (el ?? root) as Element;
}

/** What `walkTextBlocks` yields between blocks when its caller's time is up: call `next()` later to go on. */
export const PAUSE = null;

/** Text nodes read between two looks at the clock. */
const NODES_PER_LOOK = 256;

/**
 * Walks the text under `root` (a TreeWalker, skipping code, form fields, hidden and editable
 * content and Claimline's popover) and yields it block by block, lazily, so figures split
 * across inline elements are read as one text and a huge page can be read in chunks. The text of
 * Claimline's marks is read too, flagged, so a block read again has the text the reader sees.
 * With `pause`, a block of very many nodes is read over several calls: `PAUSE` is yielded
 * whenever `pause()` says the caller's time is up.
 */
export function* walkTextBlocks(
  root: Node,
  exclude?: Node,
  pause?: () => boolean,
): Generator<TextBlock | typeof PAUSE> {
  const doc = root.ownerDocument ?? (root as Document);
  // open shadow roots of the page's own components are read after the light DOM around them
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (el === exclude || isSkipped(el)) return 2; // REJECT
        if (el.shadowRoot && shadows.length < MAX_SHADOWS) shadows.push(el.shadowRoot);
        return 3; // SKIP
      }
      return 1;
    },
  });
  let current: TextBlock | null = null;
  const collapsing = new Map<Element, boolean>();
  let read = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (pause && ++read % NODES_PER_LOOK === 0 && pause()) yield PAUSE;
    const text = node as Text;
    const block = blockOf(text, root);
    // white space alone is read only inside the block being read: between two inline elements it
    // is the space between their words ("<em>approximately</em> <b>1,500</b>"); between blocks, nothing
    const same = current !== null && current.element === block;
    if (!same && text.data.trim() === '') continue;
    if (current && !same) {
      yield current;
      current = null;
    }
    if (!current) current = { element: block, text: '', pieces: [] };
    const marked = text.parentElement !== null && isMark(text.parentElement);
    current.pieces.push(
      marked
        ? { node: text, start: current.text.length, marked }
        : { node: text, start: current.text.length },
    );
    current.text += asShown(text, collapsing);
  }
  if (current) yield current;
  for (const shadow of shadows) yield* walkTextBlocks(shadow, undefined, pause);
}

const BREAK = /[\n\r\t\f]/;
const BREAKS = /[\n\r\t\f]/g;

/** Line breaks and tabs as the spaces a reader sees, one for one (offsets stay). */
export const breaksAsSpaces = (s: string): string => s.replace(BREAKS, ' ');

/**
 * A text node's text as the reader sees it: a line break of the HTML source inside a paragraph
 * ("at least 300⏎North Korean soldiers") is shown as a space, so it is read as one (same length:
 * offsets are unchanged). Where the page keeps line breaks (white-space: pre-line, pre-wrap) they stay.
 */
function asShown(node: Text, collapsing: Map<Element, boolean>): string {
  const data = node.data;
  const parent = node.parentElement;
  if (!parent || !BREAK.test(data)) return data;
  let collapses = collapsing.get(parent);
  if (collapses === undefined) {
    collapses = collapsesBreaks(parent);
    collapsing.set(parent, collapses);
  }
  return collapses ? breaksAsSpaces(data) : data;
}

/** Whether the element shows a line break of its text as a space (CSS white-space: normal, nowrap). */
function collapsesBreaks(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!style) return false;
  const collapse = style.getPropertyValue('white-space-collapse');
  if (collapse) return collapse === 'collapse';
  const ws = style.whiteSpace;
  return ws === '' || ws === 'normal' || ws === 'nowrap';
}

/** All text blocks under `root` at once. */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...walkTextBlocks(root)].filter((b): b is TextBlock => b !== PAUSE);
}
