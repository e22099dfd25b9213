import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Claimline',
    description: 'Inline context for casualty and troop figures in war news: who said what number, and when.',
    permissions: ['storage'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
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
