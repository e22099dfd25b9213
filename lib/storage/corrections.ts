import { browser } from 'wxt/browser';
import type { StorageArea } from './settings';

const MAX_PER_PAGE = 500;

/** The storage key of a page's corrections: its origin and path (not its query or fragment). */
export function correctionsKey(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `corrections:${url.origin}${url.pathname}`;
}

/** The stored signatures of the figures the reader said are not casualty figures on this page. */
export async function loadCorrections(
  pageUrl: string,
  area: StorageArea = browser.storage.local,
): Promise<Set<string>> {
  const key = correctionsKey(pageUrl);
  const stored = (await area.get(key))[key];
  if (!Array.isArray(stored)) return new Set();
  return new Set(stored.filter((s): s is string => typeof s === 'string'));
}

/** Remembers, or forgets (`remember` false: the reader undid it), that a figure on this page is not a casualty figure. */
async function setCorrection(pageUrl: string, signature: string, remember: boolean, area: StorageArea) {
  const key = correctionsKey(pageUrl);
  const current = await loadCorrections(pageUrl, area);
  if (remember) current.add(signature);
  else if (!current.delete(signature)) return;
  await area.set({ [key]: [...current].slice(-MAX_PER_PAGE) });
}

/** Remembers that a figure on this page is not a casualty figure. */
export const addCorrection = (
  pageUrl: string,
  signature: string,
  area: StorageArea = browser.storage.local,
) => setCorrection(pageUrl, signature, true, area);

/** Forgets that a figure on this page is not a casualty figure (the reader undid it). */
export const removeCorrection = (
  pageUrl: string,
  signature: string,
  area: StorageArea = browser.storage.local,
) => setCorrection(pageUrl, signature, false, area);

/** A storage area that can be read whole (to list every page's corrections). */
export type ListableArea = StorageArea & { get(key: string | null): Promise<Record<string, unknown>> };

/** One figure the reader unmarked: the page (origin and path), the figure's text and its sentence. */
export interface UnmarkedFigure {
  page: string;
  signature: string;
  figureText: string;
  sentence: string;
}

const PREFIX = 'corrections:';

/** Every figure the reader said is not a casualty figure, page by page, the latest last. */
export async function listCorrections(
  area: ListableArea = browser.storage.local as ListableArea,
): Promise<UnmarkedFigure[]> {
  const all = await area.get(null);
  const out: UnmarkedFigure[] = [];
  for (const [key, stored] of Object.entries(all)) {
    if (!key.startsWith(PREFIX) || !Array.isArray(stored)) continue;
    const page = key.slice(PREFIX.length);
    for (const signature of stored) {
      if (typeof signature !== 'string') continue;
      const bar = signature.indexOf('|');
      out.push({
        page,
        signature,
        figureText: bar < 0 ? signature : signature.slice(0, bar),
        sentence: bar < 0 ? '' : signature.slice(bar + 1),
      });
    }
  }
  return out;
}
