import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';

/**
 * Firefox only (Chrome warns about unknown keys). The add-on id is fixed so that storage and the
 * database survive reinstalls and AMO signs the same add-on. addons.mozilla.org requires
 * `data_collection_permissions` of new add-ons; Claimline collects and sends nothing, so 'none'.
 * Firefox understands that key from 140 (an ESR) on desktop and 142 on Android; older versions
 * reject or ignore it, and AMO's linter asks for these minimums when the key is present.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'claimline@claimline.example',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

/** Where claim packs may be hosted: any https site, or this machine (a newsroom testing its pack). */
const PACK_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // alarms: claim pack updates; hosts of packs only when the reader subscribes (optional)
    permissions: ['storage', 'alarms'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: FIREFOX_SETTINGS, optional_permissions: PACK_HOSTS }
      : { optional_host_permissions: PACK_HOSTS }),
  }),
  // `wxt zip -b firefox` also packs the sources for AMO's reviewers: not the generated screenshots
  // and benchmark pages in artifacts/ (hidden files, tests, node_modules and .output are left out by WXT).
  zip: { excludeSources: ['artifacts/**'] },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: {
      // chrono-node's exports hold "./*" and "./*/*"; Vite's resolver (resolve.exports 2.0.3) reads
      // the second as "./<name>" followed by any slashes and maps "chrono-node/de" to
      // locales/de/de/, which does not exist. The background's claim-date reader needs the locales.
      alias: [
        {
          find: /^chrono-node\/(\w+)$/,
          replacement: fileURLToPath(
            new URL('./node_modules/chrono-node/dist/esm/locales/$1/index.js', import.meta.url),
          ),
        },
      ],
    },
  }),
  hooks: {
    // The content script is injected into every page the reader opens: report its size on every build.
    'build:done': (wxt) => {
      const file = join(wxt.config.outDir, 'content-scripts/claimline.js');
      const code = readFileSync(file);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      console.log(`Content script size: ${kb(code.length)} (${kb(gzipSync(code).length)} gzipped)`);
    },
  },
});
