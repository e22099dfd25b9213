// Launches Debian's Chromium with the built extension loaded, through playwright-core.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';

export const root = resolve(fileURLToPath(import.meta.url), '../..');
export const extensionDir = process.env.CLAIMLINE_EXTENSION_DIR ?? join(root, '.output/chrome-mv3');
export const chromiumPath = findBrowser('chromium') ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/** The same Chromium without the extension, to compare pages against. */
export async function launchPlain() {
  if (!existsSync(chromiumPath))
    throw new Error(
      `No Chromium at ${chromiumPath}: run 'node scripts/browsers.mjs chromium' (it installs Debian's chromium) or set CHROMIUM_PATH.`,
    );
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS });
}

/**
 * A fresh profile with the extension loaded. Resolves to { context, extensionId, close }.
 * `headless: false` needs a display; `args` are more Chromium flags.
 */
export async function launchWithExtension({
  headless = true,
  userDataDir,
  locale,
  extension = extensionDir,
  args = [],
} = {}) {
  if (!existsSync(join(extension, 'manifest.json')))
    throw new Error(`No built extension at ${extension}: run 'npm run build' first.`);
  if (!existsSync(chromiumPath))
    throw new Error(
      `No Chromium at ${chromiumPath}: run 'node scripts/browsers.mjs chromium' (it installs Debian's chromium) or set CHROMIUM_PATH.`,
    );
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'claimline-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless,
    viewport: { width: 1100, height: 800 },
    // On Linux, Chromium's UI language (the extension's i18n) follows LANGUAGE, not --lang
    ...(locale
      ? {
          locale,
          env: {
            ...process.env,
            LANGUAGE: locale.replace('-', '_'),
            LANG: `${locale.replace('-', '_')}.UTF-8`,
          },
        }
      : {}),
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...FLAGS, ...args],
  });
  // an extension without a background (the startup benchmark's empty one) has no worker to wait for
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  let [worker] = context.serviceWorkers();
  if (!worker && manifest.background)
    worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      if (!userDataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
