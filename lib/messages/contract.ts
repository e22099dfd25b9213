import type { Claim } from '../claims/claim';
import type { ClaimContext } from '../claims/compare';
import type { Localisable } from '../claims/fields';
import type { FieldError } from '../claims/validate';
import type { Party } from '../extract/lexicon/parties';
import type { PlainLexicon } from '../extract/lexicon/plain-lexicon';
import type { Figure } from '../extract/types';
import type { ReviewedClaim } from '../io/claim-review';

/** The part of a figure the background needs to find and compare its history. */
export type FigureRef = Pick<
  Figure,
  'text' | 'low' | 'high' | 'qualifier' | 'metric' | 'party' | 'population' | 'claimedBy'
>;

/** Where the figure stands in its sentence (UTF-16 offsets), so the background can read its claim date. */
export interface Span {
  start: number;
  end: number;
}

export interface ContextRequest {
  figure: FigureRef;
  /** The sentence the figure stands in, and the figure's place in it. */
  sentence: string;
  span?: Span;
  /** The page's title and the text around the figure (its block and neighbours), never the whole page. */
  articleText: string;
  /** The article's publication date (YYYY-MM-DD) from its metadata, when it has one. */
  articleDate: string | null;
  /** The page's language (`<html lang>` or what its text looks like): the claim date is read in it. */
  lang?: string;
  /** The page's address: claims saved from it belong to the history of its figures. */
  pageUrl?: string;
}

/**
 * Many figures of one page in one message (the popup's "This page"). Figures of one block share
 * its passage; each figure's article text is the title and its passage.
 */
export interface ContextsRequest {
  title: string;
  passages: string[];
  figures: { figure: FigureRef; sentence: string; span?: Span; passage: number }[];
  articleDate: string | null;
  lang?: string;
  pageUrl?: string;
}

/** What the popup lists of a figure's context: not the claims themselves, so a long page stays small. */
export type ContextSummary = Pick<ClaimContext, 'subject' | 'summary' | 'claimDate'> & {
  known: Pick<Claim, 'claimedBy' | 'claimDate'> | null;
};

/** A figure found on the current page, as the popup's "This page" section lists it. */
export interface PageFigure {
  /** Index of the figure on the page, to save it from the popup. */
  index: number;
  figure: FigureRef;
  sentence: string;
  context: ContextSummary | null;
}

/**
 * A claim a fact-check on the page reviewed (its schema.org ClaimReview), with the figure the
 * extractor read in the claim's words (null when it read none), for the reader to confirm and save.
 */
export interface PageReview {
  review: ReviewedClaim;
  figure: FigureRef | null;
}

/** Every message to the background (from the content script and the popup), checked by checks.ts. */
export interface ToBackground {
  'context/get': { request: ContextRequest; response: ClaimContext };
  /** The contexts of many figures at once, in their order. */
  'contexts/get': { request: ContextsRequest; response: { contexts: ContextSummary[] } };
  'claims/count': { request: Record<string, never>; response: { count: number } };
  /** Saves a claim the reader filled in from a figure on a page ("Save to history"). */
  'claims/save': {
    request: { draft: Record<string, unknown> };
    response: { claim?: Claim; errors: FieldError[] };
  };
  /**
   * What a page gates its text with before it asks for a language's lexicon: the search for its
   * cue words by tier (engine/gate-cues.ts) with `numbers`, its digits and number words; null for
   * a language without a lexicon. A page whose text never opens the gate asks for nothing else.
   */
  'lexicon/cues': {
    /** `readWith`: the other languages the page is read in */
    request: { lang: string; readWith?: string[] };
    response: { cues: { source: string; flags: string; numbers: { source: string; flags: string } } | null };
  };
  /**
   * A language's lexicon, compiled (plain-lexicon.ts), for a page whose text opened the gate;
   * English's comes with the list of parties.
   */
  'lexicon/get': {
    /** `readWith`: the other languages the page loads, read together with this one in this order */
    request: { lang: string; readWith?: string[] };
    /**
     * `searches`: the searches of the lexicon read alone (engine/lexicon-searches.ts), plain like
     * the lexicon; `mixed`: those of the lexicons of `lang` and `readWith` read together, and which
     * those are.
     */
    response: {
      lexicon: PlainLexicon | null;
      searches?: PlainLexicon | null;
      mixed?: { langs: string[]; searches: PlainLexicon } | null;
      parties?: readonly Party[];
    };
  };
  /** Subscribes to a claim pack (the reader granted its host) and applies it at once. */
  'packs/subscribe': {
    request: { url: string; publicKey?: string; fingerprint?: string };
    response: PackUpdate;
  };
  /** Fetches a subscribed pack now ("Update now"). */
  'packs/update': { request: { url: string }; response: PackUpdate };
  /** Removes a subscription and its pack's records (the reader's copies stay). */
  'packs/unsubscribe': { request: { url: string }; response: { removed: number } };
}

/** How an update of a claim pack went: applied (or unchanged, a 304), or why not in words. */
export type PackUpdate =
  | { ok: true; changed: boolean; claimCount: number }
  | { ok: false; error: string; i18n?: Localisable };

/**
 * Every message to a page's content script (browser.tabs.sendMessage), checked by checks.ts:
 * `page/figures` (from the popup) lists the figures found on the page with their context (every figure;
 * `contextError` says why contexts are missing when the background refused or failed).
 */
export interface ToPage {
  'page/figures': {
    request: Record<string, never>;
    response: {
      url: string;
      title: string;
      articleDate: string | null;
      figures: PageFigure[];
      contextError?: { reason: Refusal; error: string };
      /** The claims the page's fact-checks review (ClaimReview JSON-LD), when it has any. */
      reviews?: PageReview[];
      /** The site's hostname when the reader paused Claimline there (then no figures are read). */
      paused?: string;
    };
  };
  /** Sent by the popup and the background after the claim history changed; no answer. */
  'claims/changed': { request: Record<string, never>; response: undefined };
  /**
   * One of the extension's keyboard shortcuts (manifest `commands`), passed on by the background
   * to the tab it was pressed in; the answer is what the page announced to the reader.
   */
  'page/command': { request: { command: PageCommand }; response: { said: string } };
}

/** The extension's keyboard shortcuts that act on a page (the manifest's `commands`). */
export const PAGE_COMMANDS = ['toggle-marks', 'next-figure'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

/** Who sent a message, as the browser reports it (runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** This extension's id and the origin of its own pages, to tell its own senders from others. */
export interface ExtensionSelf {
  id: string;
  origin: string;
}

/** A map of messages (`ToBackground`, `ToPage`): each one's payload and the data of its answer. */
export type Contract<M> = { [K in keyof M]: { request: unknown; response: unknown } };

/**
 * Why a message got no data: it failed its check (`invalid`), a text or list was over its limit
 * (`tooLarge`), a write came from outside Claimline (`notAllowed`), the database failed
 * (`database`), or nothing answered (`noAnswer`, the sender's own reason).
 */
export type Refusal = 'invalid' | 'tooLarge' | 'notAllowed' | 'database' | 'noAnswer';

/** The one answer to a known message, in either direction: its data, or why not. */
export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; reason: Refusal; i18n?: Localisable };

/** The answer to one message of a contract. */
export type ResultOf<M extends Contract<M>, K extends keyof M> = Result<M[K]['response']>;

/**
 * Every size the background accepts, one constant for the sender (which trims to it) and the check
 * (which refuses what is larger, with `tooLarge`).
 */
export const LIMITS = {
  text: 200,
  sentence: 2_000,
  /** The title and the text around the figure: enough for its paragraph and those either side. */
  articleText: 8_000,
  claimant: 200,
  party: 60,
  lang: 20,
  /** Languages a page reads together with one it asks the lexicon of (there are six). */
  readWith: 16,
  url: 2_048,
  draft: 10_000,
  /** Figures in one `contexts/get` (the content script marks at most 5,000 on a page). */
  batchFigures: 5_000,
  /** Characters of all passages of one `contexts/get` together. */
  batchText: 2_000_000,
} as const;
