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

/** Remembers that a figure on this page is not a casualty figure. */
export async function addCorrection(
  pageUrl: string,
  signature: string,
  area: StorageArea = browser.storage.local,
): Promise<void> {
  const key = correctionsKey(pageUrl);
  const current = await loadCorrections(pageUrl, area);
  current.add(signature);
  await area.set({ [key]: [...current].slice(-MAX_PER_PAGE) });
}
