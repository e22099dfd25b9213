// npm start: build the extension, serve the demo article on 127.0.0.1 and open it in Chromium
// with Claimline loaded. Without a display it runs headless, opens the popover on the "600"
// figure and saves a screenshot.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, root } from '../e2e/browser.mjs';
import { popoverOf } from '../e2e/popover.mjs';
import { startServer } from '../e2e/serve.mjs';
import { ensureBrowsers } from './browsers.mjs';

// A fresh machine: Debian's Chromium is installed here when missing (or the command to run is printed).
if (!ensureBrowsers(['chromium'])) process.exit(1);

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer();
const articleUrl = `${server.url}/demo/article.html`;
const headless = !process.env.DISPLAY || process.env.CLAIMLINE_HEADLESS === '1';
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(articleUrl);
const marks = page.locator('claimline-mark');
await marks.first().waitFor({ timeout: 15_000 });
console.log(`Claimline marked ${await marks.count()} figures on ${articleUrl}`);

if (headless) {
  const mark = page.locator('claimline-mark', { hasText: /^approximately 600$/ });
  await mark.focus();
  await page.keyboard.press('Enter');
  await popoverOf(page).waitFor((shadow) => shadow.querySelector('.claim'), [], { timeout: 15_000 });
  const dir = join(root, 'artifacts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'claimline-demo.png');
  await page.screenshot({ path: file });
  console.log(`No display: ran headless, opened the popover on "600" and saved a screenshot to ${file}`);
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with Claimline loaded; close the window to stop.');
  browser.context.on('close', () => server.close().then(() => process.exit(0)));
}
