import { isPaused, onSettingsChanged } from '../lib/storage/settings';
import type { Lifetime } from './lifetime';

/**
 * Waits, on a paused site, for the reader to resume it (from the popup or the page's toast), then
 * runs `start` once: the open tab is marked at once, no reload. Nothing runs until settings change.
 */
export function resumeLater(lifetime: Lifetime, host: string, start: () => void): void {
  const stop = onSettingsChanged((settings) => {
    if (isPaused(settings, host)) return;
    stop();
    if (lifetime.check()) start();
  });
  lifetime.onEnd(stop);
}
