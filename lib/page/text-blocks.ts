/** Elements whose text is never scanned: code, form fields, scripts, and Claimline's own UI. */
const SKIP = new Set([
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
  'CLAIMLINE-MARK',
  'CLAIMLINE-POPOVER',
]);

/** Inline elements: text inside them belongs to the surrounding block ("<b>4,700</b> casualties"). */
const INLINE = new Set([
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
]);

export interface TextPiece {
  node: Text;
  /** Offset of this node's first character in the block's text. */
  start: number;
}

/** The text of one block-level element, read across its inline children. */
export interface TextBlock {
  element: Element;
  text: string;
  pieces: TextPiece[];
}

/** Whether an element's text must be left alone. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function blockOf(node: Node, root: Node): Element {
  let el = node.parentElement;
  while (el && el !== root && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return (el ?? root) as Element;
}

/**
 * Walks the text under `root` (a TreeWalker, skipping code, form fields, hidden and editable
 * content and Claimline's own elements) and yields it block by block, lazily, so figures split
 * across inline elements are read as one text and a huge page can be read in chunks.
 */
export function* walkTextBlocks(root: Node, exclude?: Node): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  // open shadow roots of the page's own components are read after the light DOM around them
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (el === exclude || isSkipped(el)) return 2; // REJECT
        if (el.shadowRoot && shadows.length < 1000) shadows.push(el.shadowRoot);
        return 3; // SKIP
      }
      return 1;
    },
  });
  let current: TextBlock | null = null;
  const collapsing = new Map<Element, boolean>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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
    current.pieces.push({ node: text, start: current.text.length });
    current.text += asShown(text, collapsing);
  }
  if (current) yield current;
  for (const shadow of shadows) yield* walkTextBlocks(shadow);
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
  return [...walkTextBlocks(root)];
}
