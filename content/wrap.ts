/**
 * A text node of the page that Claimline split to mark figures in it. The page's own node keeps
 * its place and the text before the first mark; everything after it, up to the end of the page's
 * text, is Claimline's: marks (each holding one text node) and the text between and after them.
 * Page nodes are never moved, so a framework that holds them (to set their text, remove them or
 * insert next to them) still finds each where it left it.
 */
export interface SplitText {
  node: Text;
  /** The node's parent when it was split. */
  parent: Node;
  /** `node.data` as Claimline left it: anything else means the page changed the node since. */
  left: string;
  /** What Claimline put right after `node`, in order. */
  added: Node[];
}

/** The split text nodes of a page, and which split each mark belongs to. */
export class Splits {
  private readonly byNode = new Map<Text, SplitText>();
  private readonly byMark = new Map<Element, SplitText>();
  /** Splits by the node's parent, so a change of a parent's children finds its splits. */
  private readonly byParent = new Map<Node, Set<SplitText>>();

  get size(): number {
    return this.byNode.size;
  }

  of(node: Node): SplitText | undefined {
    return this.byNode.get(node as Text);
  }

  ofMark(mark: Element): SplitText | undefined {
    return this.byMark.get(mark);
  }

  underParent(parent: Node): Iterable<SplitText> {
    return this.byParent.get(parent) ?? [];
  }

  all(): IterableIterator<SplitText> {
    return this.byNode.values();
  }

  /**
   * Wraps `node`'s characters [from, to) in `mark`, splitting the node; false (and nothing
   * changed) when the node is not as Claimline last left it or the range is not inside it. Within
   * one node, wrap later ranges first: the node keeps only the text before the range.
   */
  wrap(node: Text, from: number, to: number, mark: Element): boolean {
    const split = this.byNode.get(node);
    const parent = node.parentNode;
    if (!parent || (split && node.data !== split.left) || from < 0 || to > node.data.length || from >= to)
      return false;
    const inside = node.splitText(from);
    const after = to - from < inside.data.length ? inside.splitText(to - from) : null;
    parent.insertBefore(mark, inside);
    mark.appendChild(inside);
    const added: Node[] = after ? [mark, after] : [mark];
    if (split) {
      split.added.unshift(...added);
      split.left = node.data;
      this.byMark.set(mark, split);
      return true;
    }
    const made: SplitText = { node, parent, left: node.data, added };
    this.byNode.set(node, made);
    this.byMark.set(mark, made);
    const siblings = this.byParent.get(parent) ?? new Set();
    siblings.add(made);
    this.byParent.set(parent, siblings);
    return true;
  }

  /** Whether the split is as Claimline left it: the node unchanged, what it added right after it. */
  intact(split: SplitText): boolean {
    if (!split.node.isConnected || split.node.data !== split.left) return false;
    let next = split.node.nextSibling;
    for (const node of split.added) {
      if (next !== node) return false;
      next = node.nextSibling;
    }
    return true;
  }

  /**
   * Puts the page's node back as the page wrote it and removes what Claimline added after it.
   * When the page has set the node's text since, that text is the page's and is kept as it is;
   * otherwise the node gets its whole text back (what the page still holds, even if it moved it).
   * Returns the marks that were in the split.
   */
  restore(split: SplitText): Element[] {
    const { node, left, added } = split;
    if (node.data === left) node.data = left + added.map((n) => n.textContent ?? '').join('');
    const marks: Element[] = [];
    for (const n of added) {
      if (n.nodeType === 1) {
        marks.push(n as Element);
        this.byMark.delete(n as Element);
      }
      n.parentNode?.removeChild(n);
    }
    this.forget(split);
    return marks;
  }

  /**
   * Takes one mark out, leaving its text where it was; once a split holds no mark, its node gets
   * its whole text back, so the page is exactly as it was.
   */
  unwrap(mark: Element): void {
    const split = this.byMark.get(mark);
    this.byMark.delete(mark);
    if (!split) return;
    const index = split.added.indexOf(mark);
    const inner = Array.from(mark.childNodes);
    if (mark.parentNode) for (const child of inner) mark.parentNode.insertBefore(child, mark);
    mark.parentNode?.removeChild(mark);
    if (index >= 0) split.added.splice(index, 1, ...inner);
    if (!split.added.some((n) => n.nodeType === 1) && this.intact(split)) this.restore(split);
  }

  /** Puts back every split whose node the page took out of the document (with its subtree). */
  sweep(): void {
    for (const split of [...this.byNode.values()]) if (!split.node.isConnected) this.restore(split);
  }

  private forget(split: SplitText): void {
    this.byNode.delete(split.node);
    const siblings = this.byParent.get(split.parent);
    siblings?.delete(split);
    if (siblings?.size === 0) this.byParent.delete(split.parent);
  }
}
