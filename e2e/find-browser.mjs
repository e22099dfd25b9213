// Where the browsers the end-to-end tests drive are: Debian's packages, or the paths the
// environment names. scripts/browsers.mjs installs the missing ones.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** An executable file named `name` on PATH, or null. */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {}
  }
  return null;
}

/** What each browser is: where to look for it, and the Debian package that brings it. */
export const BROWSERS = {
  chromium: {
    label: "Debian's Chromium",
    env: 'CHROMIUM_PATH',
    find: () =>
      ['/usr/bin/chromium', onPath('chromium'), onPath('chromium-browser')].find((p) => p && existsSync(p)),
    packages: ['chromium'],
  },
  firefox: {
    label: "Debian's firefox-esr",
    env: 'FIREFOX_PATH',
    find: () => ['/usr/bin/firefox-esr', onPath('firefox-esr')].find((p) => p && existsSync(p)),
    packages: ['firefox-esr'],
  },
  // Chromium's UI languages: the popover is tested in German
  l10n: {
    label: "Chromium's UI languages (chromium-l10n)",
    find: () => (existsSync('/usr/lib/chromium/locales/de.pak') ? '/usr/lib/chromium/locales' : null),
    packages: ['chromium-l10n'],
  },
};

/** The path of a browser: its environment variable when set, else where Debian puts it; or null. */
export function findBrowser(name) {
  const b = BROWSERS[name];
  const fromEnv = b.env ? process.env[b.env] : undefined;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return b.find() ?? null;
}
