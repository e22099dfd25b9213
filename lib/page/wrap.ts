import type { TextBlock } from './text-blocks';

/** The text node and offset holding the character at `offset` of the block's text. */
function locate(block: TextBlock, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  const { pieces } = block;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as (typeof pieces)[number];
    const len = piece.node.data.length;
    const inside = atEnd ? offset > piece.start && offset <= piece.start + len : offset < piece.start + len;
    if (offset >= piece.start && inside) return { node: piece.node, offset: offset - piece.start };
  }
  return null;
}

/**
 * Wraps block text [start, end) in `mark` without changing the page's text. When the figure spans
 * inline elements ("approximately <b>4,700</b>") the range grows to whole elements where that is
 * exact; when it cannot be wrapped whole, nothing is changed and false is returned.
 */
export function wrapRange(block: TextBlock, start: number, end: number, mark: Element): boolean {
  const a = locate(block, start, false);
  const b = locate(block, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return false;
  const doc = a.node.ownerDocument;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  // Grow the boundaries out of inline elements that the figure covers entirely.
  let sc: Node = a.node;
  if (a.offset === 0) {
    while (sc.parentNode && sc.parentNode !== block.element && sc.parentNode.firstChild === sc)
      sc = sc.parentNode;
    if (sc !== a.node) range.setStartBefore(sc);
  }
  let ec: Node = b.node;
  if (b.offset === b.node.data.length) {
    while (ec.parentNode && ec.parentNode !== block.element && ec.parentNode.lastChild === ec)
      ec = ec.parentNode;
    if (ec !== b.node) range.setEndAfter(ec);
  }
  try {
    range.surroundContents(mark);
    return true;
  } catch {
    return false; // the range crosses element boundaries partially: leave the page as it was
  }
}
