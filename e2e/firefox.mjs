// Launches Debian's firefox-esr with the Firefox build of the extension, through puppeteer-core
// over WebDriver BiDi (Playwright's Firefox is a patched build and cannot load extensions).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { extensionDir } from './browser.mjs';
import { findBrowser } from './find-browser.mjs';

/**
 * Polls `check` (async, truthy when done) until it holds; fails with `message` after `ms`. A check
 * that throws (the page's document replaced while it ran) counts as not yet.
 */
export async function until(check, message, ms = 10_000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    const value = await check().catch((error) => {
      last = error;
    });
    if (value) return value;
    if (Date.now() > end)
      assert.fail(`${message} (waited ${ms} ms${last ? `; last error: ${last.message}` : ''})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

export const root = resolve(fileURLToPath(import.meta.url), '../..');
export const firefoxExtensionDir = join(root, '.output/firefox-mv2');
export const firefoxPath = findBrowser('firefox') ?? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The moz-extension:// host is a random UUID per profile; this pins it (Firefox's
 * `extensions.webextensions.uuids` preference) so the test can open the popup page.
 */
export const EXTENSION_UUID = '6f1c1a52-4c1e-4b8e-9a37-3c1a2f7e0b11';

/** The Firefox manifest as built, or null. */
export function firefoxManifest() {
  const file = join(firefoxExtensionDir, 'manifest.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

export function assertFirefoxInstalled() {
  if (!existsSync(firefoxPath))
    throw new Error(
      `No Firefox at ${firefoxPath}: run 'node scripts/browsers.mjs firefox' (it installs Debian's firefox-esr) or set FIREFOX_PATH.`,
    );
}

/**
 * `wxt zip -b firefox`: builds .output/firefox-mv2 (the Chrome build in .output/chrome-mv3 is left
 * alone), then packs it and the sources into .output/claimline-<version>-{firefox,sources}.zip.
 * Resolves to the time it took in ms.
 */
export function buildFirefox() {
  const started = Date.now();
  const run = spawnSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0)
    throw new Error(
      `'npx wxt zip -b firefox' failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stdout}\n${run.stderr}`,
    );
  return Date.now() - started;
}

/**
 * Builds Firefox's extension when it is missing or older than the Chrome build, so any test file
 * can run first on a clean clone (CLAIMLINE_SKIP_FIREFOX_BUILD=1 keeps the build there is).
 */
export function ensureFirefoxBuild() {
  if (process.env.CLAIMLINE_SKIP_FIREFOX_BUILD) return;
  const built = (dir) => join(dir, 'manifest.json');
  const stale =
    !existsSync(built(firefoxExtensionDir)) ||
    (existsSync(built(extensionDir)) &&
      statSync(built(firefoxExtensionDir)).mtimeMs < statSync(built(extensionDir)).mtimeMs);
  if (stale) buildFirefox();
}

/** The archives `wxt zip -b firefox` left in .output/ for this version: { firefox, sources }, paths or null. */
export function firefoxArchives(version) {
  const dir = join(root, '.output');
  const find = (suffix) => {
    const name = existsSync(dir) && readdirSync(dir).find((f) => f.endsWith(`-${version}-${suffix}.zip`));
    return name ? join(dir, name) : null;
  };
  return { firefox: find('firefox'), sources: find('sources') };
}

/** True when `file` was written after the Firefox build (so it packs this build). */
export function newerThanFirefoxBuild(file) {
  return statSync(file).mtimeMs >= statSync(join(firefoxExtensionDir, 'manifest.json')).mtimeMs;
}

/**
 * The entries of a zip archive (stored or deflated, as WXT writes them): Map name -> () => Buffer.
 * Enough to look inside the store archives without a zip library.
 */
export function readZip(file) {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip archive`);
  const entries = new Map();
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * A fresh headless firefox-esr (puppeteer makes and removes a temporary profile) with the built
 * extension installed as a temporary add-on, which Firefox allows unsigned.
 * Resolves to { browser, addonId, extensionUrl(path), openExtensionPage(path), close }.
 * `prefs` are more Firefox preferences.
 */
export async function launchFirefoxWithExtension({ headless = true, prefs = {} } = {}) {
  assertFirefoxInstalled();
  ensureFirefoxBuild();
  const manifest = firefoxManifest();
  if (!manifest)
    throw new Error(`No Firefox build at ${firefoxExtensionDir}: run 'npm run build:firefox' first.`);
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${firefoxExtensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    headless,
    timeout: 60_000,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it (the popup test).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      ...prefs,
    },
  });
  let addonId;
  try {
    addonId = await browser.installExtension(firefoxExtensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (path) => `moz-extension://${EXTENSION_UUID}/${path}`;
  return {
    browser,
    addonId,
    extensionUrl,
    /** Opens an extension page (popup.html) in a new tab and waits until it has loaded. */
    async openExtensionPage(path) {
      const url = extensionUrl(path);
      const page = await browser.newPage();
      // Firefox 153 sends no load event over BiDi for a moz-extension:// document (puppeteer's
      // goto times out although the page is there): start the navigation, wait for the document.
      // Polled from here, not with waitForFunction: that fails outright ("Waiting failed") when
      // the navigation replaces the document it runs in, which happens at random over BiDi.
      page.goto(url).catch(() => {});
      await until(
        () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
        `${url} loads`,
        15_000,
      );
      return page;
    },
    close: () => browser.close(),
  };
}
