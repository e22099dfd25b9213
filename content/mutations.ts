import { MARK_ATTRIBUTE } from './element-names';
import { blockOf, isInline, isMark, isSkipped } from './text-blocks';
import type { Splits, SplitText } from './wrap';

/** What a batch of the page's DOM changes asks of Claimline. */
export interface MutationWork {
  /** Split text nodes the page changed, removed or moved: to be put back as the page wrote them. */
  broken: Set<SplitText>;
  /** Roots with new or changed text, to scan. */
  roots: Set<Node>;
  /** Elements that became editable (or hidden): their marks must go. */
  closed: Set<Element>;
  /** Copies of marks the page made (innerHTML +=, a paste into an editor): not Claimline's, to unwrap. */
  copies: Set<Element>;
  /** Text nodes whose text the page set: a highlight over one no longer underlines its figure. */
  changed: Set<Node>;
  /** The page took nodes away: figures that went with them are to be dropped once it settles. */
  removed: boolean;
}

export interface MutationContext {
  splits: Splits;
  body: Node;
  /** Whether an element is one of Claimline's live marks (not a copy the page made). */
  isOurMark: (el: Element) => boolean;
  isOurs: (node: Node) => boolean;
  /** Roots with this many pending are enough: a page that never settles cannot queue more. */
  maxRoots: number;
}

/**
 * Sorts a batch of mutation records: which splits the page broke (it set a split node's text,
 * removed it, or put something between it and Claimline's nodes), which roots to scan again,
 * which places became editable, and which mark copies appeared. Reads the DOM, changes nothing.
 */
export function readMutations(records: readonly MutationRecord[], ctx: MutationContext): MutationWork {
  const work: MutationWork = {
    broken: new Set(),
    roots: new Set(),
    closed: new Set(),
    copies: new Set(),
    changed: new Set(),
    removed: false,
  };
  const { splits } = ctx;
  const queue = (node: Node) => {
    if (work.roots.size >= ctx.maxRoots) return;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || ctx.isOurs(el)) return;
    work.roots.add(node.nodeType === 1 && !isInline(el) ? el : blockOf(node, ctx.body));
  };
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      if (target.nodeType === 1 && isSkipped(target as Element)) work.closed.add(target as Element);
      continue;
    }
    if (record.type === 'characterData') {
      const split = splits.of(target);
      if (split && !splits.intact(split)) work.broken.add(split);
      work.changed.add(target);
      queue(target);
      continue;
    }
    if (record.removedNodes.length) work.removed = true;
    for (const node of Array.from(record.removedNodes)) {
      const split = splits.of(node);
      if (split) work.broken.add(split);
    }
    for (const split of splits.underParent(target)) if (!splits.intact(split)) work.broken.add(split);
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType === 1) findCopies(node as Element, ctx, work.copies);
      queue(node);
    }
  }
  return work;
}

function findCopies(el: Element, ctx: MutationContext, out: Set<Element>): void {
  if (isMark(el) && !ctx.isOurMark(el)) out.add(el);
  if (!el.firstElementChild) return;
  for (const inner of Array.from(el.querySelectorAll(`[${MARK_ATTRIBUTE}]`)))
    if (!ctx.isOurMark(inner)) out.add(inner);
}
