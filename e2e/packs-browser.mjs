// Chromium with the extension and host access a reader already granted, for the claim pack tests.
//
// Headless Chromium shows `permissions.request`'s prompt where nothing can answer it, so the
// request never settles. A reader who said yes once is stored in the profile's Preferences
// (`granted_permissions` and `active_permissions` of the extension); the tests write that answer
// into a fresh profile between two launches. The extension still calls `permissions.request` in
// the reader's click, as in the product: Chromium resolves it true at once for a host already
// granted, without a prompt.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser.mjs';

/** Adds `origins` to the extension's granted hosts in a closed profile's Preferences. */
function grantInPreferences(dir, extensionId, origins) {
  const file = join(dir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`The profile has no settings for the extension ${extensionId}.`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] ??= { api: [], explicit_host: [], manifest_permissions: [], scriptable_host: [] };
    settings[key].explicit_host = [...new Set([...(settings[key].explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * The extension in a fresh profile where the reader has already granted `origins` (match
 * patterns). Resolves to what `launchWithExtension` does; `close()` also removes the profile.
 */
export async function launchWithGrantedHosts(origins, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-packs-'));
  const first = await launchWithExtension({ ...options, userDataDir: dir });
  const id = first.extensionId;
  await first.close();
  grantInPreferences(dir, id, origins);
  const browser = await launchWithExtension({ ...options, userDataDir: dir });
  if (browser.extensionId !== id) throw new Error('The extension changed its id between two launches.');
  return {
    ...browser,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
