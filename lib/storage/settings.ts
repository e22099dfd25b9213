import { browser } from 'wxt/browser';

export type HighlightStyle = 'subtle' | 'strong';
/** How figures take part in a page's Tab order: one tab stop per paragraph, or each figure one. */
export type TabStops = 'block' | 'figure';

/** The reader's settings, kept in the extension's local storage (shared by popup and content script). */
export interface Settings {
  /** Hostnames where Claimline does not scan at all ("Pause on this site"). */
  pausedSites: string[];
  highlightStyle: HighlightStyle;
  tabStops: TabStops;
}

export const DEFAULT_SETTINGS: Settings = { pausedSites: [], highlightStyle: 'subtle', tabStops: 'block' };
const KEY = 'settings';

/** The part of browser.storage.local used here (tests hand in one of their own). */
export type StorageArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

function sanitize(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const pausedSites = Array.isArray(r.pausedSites)
    ? r.pausedSites.filter((s): s is string => typeof s === 'string').slice(0, 10_000)
    : [];
  const highlightStyle: HighlightStyle = r.highlightStyle === 'strong' ? 'strong' : 'subtle';
  const tabStops: TabStops = r.tabStops === 'figure' ? 'figure' : 'block';
  return { pausedSites, highlightStyle, tabStops };
}

/** The current settings, defaults filled in. */
export async function getSettings(area: StorageArea = browser.storage.local): Promise<Settings> {
  return sanitize((await area.get(KEY))[KEY]);
}

/** Merges `patch` into the stored settings and returns the result. */
export async function updateSettings(
  patch: Partial<Settings>,
  area: StorageArea = browser.storage.local,
): Promise<Settings> {
  const next = sanitize({ ...(await getSettings(area)), ...patch });
  await area.set({ [KEY]: next });
  return next;
}

/** Whether Claimline is paused on this hostname. */
export function isPaused(settings: Settings, hostname: string): boolean {
  return settings.pausedSites.includes(hostname.toLowerCase());
}

/** Adds or removes a hostname from the paused sites. */
export async function setPaused(
  hostname: string,
  paused: boolean,
  area: StorageArea = browser.storage.local,
): Promise<Settings> {
  const host = hostname.toLowerCase();
  const current = await getSettings(area);
  const rest = current.pausedSites.filter((h) => h !== host);
  return updateSettings({ pausedSites: paused ? [...rest, host] : rest }, area);
}

/** Calls `fn` with the new settings each time they change; returns the function that stops it. */
export function onSettingsChanged(fn: (settings: Settings) => void): () => void {
  const changes = browser.storage?.onChanged;
  if (!changes) return () => {};
  const listener = (items: Record<string, { newValue?: unknown }>) => {
    if (items[KEY]?.newValue !== undefined) fn(sanitize(items[KEY].newValue));
  };
  changes.addListener(listener);
  return () => changes.removeListener(listener);
}
