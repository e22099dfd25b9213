import { browser } from 'wxt/browser';
import { isPaused, type Settings } from '../lib/storage/settings';
import type { Lifetime } from './lifetime';

/**
 * Waits, on a paused site, for the reader to resume it (from the popup or the page's toast), then
 * runs `start` once: the open tab is marked at once, no reload. Nothing runs until settings change.
 */
export function resumeLater(lifetime: Lifetime, host: string, start: () => void): void {
  const changes = browser.storage?.onChanged;
  if (!changes) return;
  const onChanged = (items: Record<string, { newValue?: unknown }>) => {
    const settings = items.settings?.newValue as Settings | undefined;
    if (!settings || !Array.isArray(settings.pausedSites) || isPaused(settings, host)) return;
    changes.removeListener(onChanged);
    if (lifetime.check()) start();
  };
  changes.addListener(onChanged);
  lifetime.onEnd(() => changes.removeListener(onChanged));
}
