import type { TextBlock } from './text-blocks';

/** The text node and offset holding the character at `offset` of the block's text (binary search). */
function locate(block: TextBlock, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  const { pieces } = block;
  // the last piece that starts before the offset (at or before it, for a start)
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = (pieces[mid] as (typeof pieces)[number]).start;
    if (atEnd ? start < offset : start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const piece = pieces[found];
  if (!piece) return null;
  const local = offset - piece.start;
  return local <= piece.node.data.length && (atEnd || local < piece.node.data.length)
    ? { node: piece.node, offset: local }
    : null;
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
