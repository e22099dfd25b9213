import { browser } from 'wxt/browser';

/**
 * Runs `task` every `minutes` through the browser's alarms, which survive the background being
 * stopped (a timer would not). Registering twice keeps one alarm.
 */
export function every(name: string, minutes: number, task: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) task();
  });
  browser.alarms.get(name).then((existing) => {
    if (!existing) browser.alarms.create(name, { periodInMinutes: minutes, delayInMinutes: 1 });
  });
}
