import { MAX_SHADOWS } from './text-blocks';

/** Whether an element's text nodes are no text of the page: code run or styles applied, never shown. */
const notText = (name: string): boolean =>
  name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE';

/**
 * All the text under `root` in one string, a line break between text nodes: a first look at a
 * page, one native walk with no callback into script (the block walker, text-blocks.ts, calls
 * one per node and builds a string per block). Holds every text the walker yields a block of,
 * open shadow roots after the light DOM around them, and more (code, form fields, hidden text);
 * a text node's end is never glued to the next one's start ("300 killed" of a heading and the
 * paragraph after it stay two words).
 */
export function pageText(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  const roots: Node[] = [root];
  for (let i = 0; i < roots.length; i++) {
    const walker = doc.createTreeWalker(roots[i] as Node, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        const parent = node.parentNode;
        if (!parent || !notText(parent.nodeName)) parts.push((node as Text).data);
      } else {
        const shadow = (node as Element).shadowRoot;
        if (shadow && roots.length <= MAX_SHADOWS) roots.push(shadow);
      }
    }
  }
  return parts.join('\n');
}
