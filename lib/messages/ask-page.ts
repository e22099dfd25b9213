import { browser } from 'wxt/browser';
import type { ToPage } from './contract';
import { sendToTab } from './send';

export type PageFigures = ToPage['page/figures']['response'];

/** Asks the active tab's content script for its figures; null when none answers there. */
export type AskPage = () => Promise<PageFigures | null>;

export const askActiveTab: AskPage = async () => {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const answer = await sendToTab(tab.id, 'page/figures', {});
    return Array.isArray(answer.figures) ? answer : null;
  } catch {
    // No content script there: a browser page, the store, a paused site, or a page loaded before install.
    return null;
  }
};
