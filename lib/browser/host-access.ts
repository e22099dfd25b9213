import { browser } from 'wxt/browser';

/** The match pattern of a URL's host: the only host a claim pack subscription may read. */
export const hostPattern = (url: string): string => {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
};

/**
 * Asks the reader for access to the host of `url` and nothing else (`optional_host_permissions`).
 * Call it straight from the reader's click: browsers grant permissions only inside a user gesture.
 */
export function requestHostAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [hostPattern(url)] });
}

/** Gives back the host access of `url`; a host the extension needs anyway stays (no error). */
export async function releaseHostAccess(url: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [hostPattern(url)] });
  } catch {
    // a required host (the content script's) cannot be removed: nothing to give back
  }
}
