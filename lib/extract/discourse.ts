import type { Population } from './types';

/** How many organisations a document's state remembers, latest last. */
const REMEMBERED = 8;

/**
 * What extraction remembers of a document from one text block to the next, so that a speaker or
 * a group named in one paragraph can be pointed back to in a later one ("The agency said...",
 * "Around 2,000 of those soldiers..."). Make one with `createDiscourse()` per document (or
 * scanned root) and pass it as `discourse` to every `extractFigures` call on its blocks, in
 * document order. Without one, each call keeps its own for its text.
 */
export interface Discourse {
  /** organisations named as speakers, as the text names them, latest last */
  readonly organisations: string[];
  /** whose soldiers the last figure of soldiers with a party counted */
  soldiers: string | null;
  /** the last figure with a party: its party and population ("2,000 of them") */
  last: { party: string; population: Population | null } | null;
}

/** A new, empty state for one document. */
export function createDiscourse(): Discourse {
  return { organisations: [], soldiers: null, last: null };
}

/** Remembers an organisation named as a speaker (the latest mention of a name moves it last). */
export function noteOrganisation(d: Discourse, name: string): void {
  if (d.organisations[d.organisations.length - 1] === name) return;
  const at = d.organisations.indexOf(name);
  if (at >= 0) d.organisations.splice(at, 1);
  d.organisations.push(name);
  if (d.organisations.length > REMEMBERED) d.organisations.shift();
}

/**
 * The organisation a speaker that points back ("the ministry", "ведомство", "it") stands for:
 * the latest named one sharing its noun's stem ("the ministry" after "the Health Ministry"),
 * else the latest named one; null when none was named.
 */
export function organisationFor(d: Discourse, noun: string | null): string | null {
  const stem = noun && noun.length >= 5 ? noun.slice(0, 5).toLowerCase() : null;
  if (stem) {
    for (let i = d.organisations.length - 1; i >= 0; i--)
      if ((d.organisations[i] as string).toLowerCase().includes(stem)) return d.organisations[i] as string;
  }
  return d.organisations[d.organisations.length - 1] ?? null;
}

/** Remembers whose people a figure counted. */
export function noteFigure(d: Discourse, party: string | null, population: Population | null): void {
  if (party === null) return;
  d.last = { party, population };
  if (population === 'military') d.soldiers = party;
}
