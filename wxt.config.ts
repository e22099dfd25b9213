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
/**
 * The popover's script, imported by the content script on the first hover or focus of a figure
 * (content/load-popover-ui.ts). A module import from a content script must be web-accessible;
 * Chromium's `use_dynamic_url` serves it under an id made anew each session, so a page cannot
 * probe for it to learn that Claimline is installed. Firefox (MV2) lists paths only: there the
 * extension's host is a random id made at install, which no page knows.
 */
const POPOVER_SCRIPT = 'popover-ui.js';
/**
 * The extractor's script (its engine, rules and lexicon reader), imported the same way at a page's
 * first text block with a cue word near a number (content/load-extractor.ts).
 */
const EXTRACTOR_SCRIPT = 'extractor.js';
/** The entrypoints that run in web pages: the content script, the extractor's and the popover's scripts. */
const PAGE_SCRIPTS = ['claimline', 'extractor', 'popover-ui'];
const LOADED_SCRIPTS = [EXTRACTOR_SCRIPT, POPOVER_SCRIPT];
const webAccessible = (manifestVersion: number) =>
  manifestVersion === 2
    ? LOADED_SCRIPTS
    : [{ resources: LOADED_SCRIPTS, matches: ['<all_urls>'], use_dynamic_url: true }];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // alarms: claim pack updates; hosts of packs only when the reader subscribes (optional)
    permissions: ['storage', 'alarms'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: FIREFOX_SETTINGS, optional_permissions: PACK_HOSTS }
      : { optional_host_permissions: PACK_HOSTS }),
    web_accessible_resources: webAccessible(manifestVersion),
    // Alt+Shift+M / F (figure): taken by no browser's own shortcuts (Ctrl+Shift+M and N are;
    // Chromium gives an extension no Alt+Shift+N either: commands.getAll() shows it unset)
    commands: {
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandToggleMarks__',
      },
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandNextFigure__',
      },
    },
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
    // The scripts that run in web pages use the browser's own promise API (WXT's `browser`: Chrome
    // MV3's `chrome` answers with promises, Firefox's `browser` is native) instead of
    // webextension-polyfill: ~10 KB less to parse on every page. The background and the popup keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => PAGE_SCRIPTS.includes(e.name))) return;
      config.resolve ??= {};
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      // and no WXT context, which posts a message into every page (content/inert-script-context.ts)
      const inert = {
        find: /^wxt\/utils\/content-script-context$/,
        replacement: fileURLToPath(new URL('./content/inert-script-context.ts', import.meta.url)),
      };
      // and no builders of searches: the background sends them with the lexicons (content/start.ts)
      const noSearchBuilder = {
        find: /^\.\/build-searches$/,
        replacement: fileURLToPath(new URL('./content/searches-from-background.ts', import.meta.url)),
      };
      const alias = config.resolve.alias;
      config.resolve.alias = Array.isArray(alias)
        ? [native, inert, noSearchBuilder, ...alias]
        : [
            native,
            inert,
            noSearchBuilder,
            ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement })),
          ];
    },
    // The content script is injected into every page the reader opens: report its size on every build.
    'build:done': (wxt) => {
      const file = join(wxt.config.outDir, 'content-scripts/claimline.js');
      const code = readFileSync(file);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      console.log(`Content script size: ${kb(code.length)} (${kb(gzipSync(code).length)} gzipped)`);
    },
  },
});
