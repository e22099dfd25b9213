import { listenToMessages } from '../lib/messages/receive';
import { isPaused, onSettingsChanged } from '../lib/storage/settings';
import { answerUnmarked, type DoCommand } from './answer-popup';
import type { Lifetime } from './lifetime';

/**
 * Waits, on a paused site, for the reader to resume it (from the popup or the page's toast), then
 * runs `start` once: the open tab is marked at once, no reload. Nothing runs until settings change.
 */
export function resumeLater(lifetime: Lifetime, host: string, start: () => void, command: DoCommand): void {
  // meanwhile the popup's "This page" is told where Claimline is paused (and so is a shortcut)
  const stopAnswering = listenToMessages(answerUnmarked(document, command, host));
  const stop = onSettingsChanged((settings) => {
    if (isPaused(settings, host)) return;
    stop();
    stopAnswering();
    if (lifetime.check()) start();
  });
  lifetime.onEnd(() => {
    stop();
    stopAnswering();
  });
}
