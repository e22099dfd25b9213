// The Firefox build in Debian's firefox-esr (puppeteer-core, WebDriver BiDi): the demo-article smoke
// test, and the store archives. It first builds and packs the Firefox add-on itself (`wxt zip -b
// firefox`, about 10 s), except under `npm run test:firefox`, which has just built it, or when
// CLAIMLINE_SKIP_FIREFOX_BUILD is set; the archive test then checks the archives only if they
// are at least as new as that build.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertFirefoxInstalled,
  buildFirefox,
  firefoxArchives,
  firefoxExtensionDir,
  firefoxManifest,
  launchFirefoxWithExtension,
  newerThanFirefoxBuild,
  readZip,
  until,
} from './firefox.mjs';
import { firefoxPopoverOf } from './firefox-popover.mjs';
import { startServer } from './serve.mjs';

describe('Firefox (firefox-esr): demo article', () => {
  let server;
  let firefox;
  let page;
  /** Errors the page and the content script log while the tests run. */
  const errors = [];

  before(async () => {
    assertFirefoxInstalled();
    const builtByScript = process.env.npm_lifecycle_event === 'test:firefox';
    if (!builtByScript && !process.env.CLAIMLINE_SKIP_FIREFOX_BUILD) {
      const ms = buildFirefox();
      console.log(`built and packed ${firefoxExtensionDir} in ${(ms / 1000).toFixed(1)} s`);
    }
    server = await startServer();
    firefox = await launchFirefoxWithExtension();
    console.log(`${await firefox.browser.version()}, add-on ${firefox.addonId}`);
    page = await firefox.browser.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}/demo/article.html`);
    await page.waitForSelector('claimline-mark', { timeout: 15_000 });
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('the Firefox manifest carries the add-on id, and Firefox installed it under that id', () => {
    const manifest = firefoxManifest();
    assert.equal(manifest.manifest_version, 2);
    assert.equal(manifest.browser_specific_settings.gecko.id, 'claimline@claimline.example');
    assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, {
      required: ['none'],
    });
    assert.equal(firefox.addonId, 'claimline@claimline.example');
  });

  test('the content script marks the figures', async () => {
    const marks = await page.$$eval('claimline-mark', (els) => els.map((e) => e.textContent));
    for (const figure of ['approximately 4,700', 'approximately 600', 'more than 52,000'])
      assert.ok(marks.includes(figure), `"${figure}" is marked; marks: ${JSON.stringify(marks)}`);
    const label = await page.$eval('::-p-xpath(//claimline-mark[.="approximately 600"])', (e) =>
      e.getAttribute('aria-label'),
    );
    assert.match(label, /^casualty figure: approximately 600 killed/);
  });

  test('Enter on the focused "600" opens the popover with the 13 Jan 2025 claim of 300 from the background database', async () => {
    const mark = await page.$('::-p-xpath(//claimline-mark[.="approximately 600"])');
    await mark.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'approximately 600');
    await page.keyboard.press('Enter');
    const popover = firefoxPopoverOf(firefox.browser, page);
    await popover.text('[role="dialog"] h2');
    // the page sees the host, never what is inside it
    assert.deepEqual(
      await page.evaluate(() => {
        const host = document.querySelector('claimline-popover');
        return [Boolean(host), host?.shadowRoot ?? null];
      }),
      [true, null],
    );
    // The first answer waits for the background to seed its database (Dexie in the background page).
    const rows = await until(async () => {
      const texts =
        (await popover.evaluate((root) => [...root.querySelectorAll('.claim')].map((e) => e.textContent))) ??
        [];
      return texts.some((row) => row.includes('13 Jan 2025')) && texts;
    }, 'the popover lists a claim of 13 Jan 2025');
    const january = rows.find((row) => row.includes('13 Jan 2025'));
    assert.match(january, /National Intelligence Service/);
    assert.match(january, /\b300\b/);
    await page.keyboard.press('Escape');
    await until(
      async () => !(await popover.evaluate((root) => Boolean(root.querySelector('[role="dialog"]')))),
      'Escape closes the popover',
    );
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'approximately 600');
  });

  test('the popup (an extension page with its own Dexie connection) shows the seeded claims', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    try {
      const count = await until(
        () =>
          popup.evaluate(() => document.querySelector('.count')?.textContent?.match(/^(\d+) claims$/)?.[1]),
        'the popup shows "N claims"',
      );
      assert.ok(Number(count) > 0, `${count} claims`);
    } finally {
      await popup.close();
    }
  });

  test('nothing logged an error', () => {
    assert.deepEqual(errors, []);
  });
});

describe('Firefox: popovers on the pages of issue #15', () => {
  let server;
  let firefox;
  let page;

  before(async () => {
    assertFirefoxInstalled();
    server = await startServer();
    firefox = await launchFirefoxWithExtension();
    page = await firefox.browser.newPage();
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** Opens the mark with this text from the keyboard; resolves to what the popover shows once loaded. */
  async function open(path, text) {
    if (!page.url().endsWith(path)) {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('claimline-mark', { timeout: 15_000 });
    }
    await page.keyboard.press('Escape');
    const mark = await page.$(`::-p-xpath(//claimline-mark[.="${text}"])`);
    await mark.focus();
    await page.keyboard.press('Enter');
    return until(
      () =>
        firefoxPopoverOf(firefox.browser, page).evaluate((root) => {
          const d = root.querySelector('[role="dialog"]');
          const text = (sel) => d?.querySelector(sel)?.textContent ?? null;
          if (!d || !(text('.summary') || text('.error'))) return null;
          return {
            subject: text('.subject'),
            known: text('.known'),
            claimDate: text('.claim-date'),
            summary: text('.summary'),
            error: text('.error'),
            offer: text('.offer-save'),
          };
        }),
      `the popover of "${text}" loads`,
      15_000,
    );
  }

  test('a figure deep in an article of more than 30,000 characters loads its history', async () => {
    const shown = await open('/pages/long-article.html', 'about 1,000');
    assert.equal(shown.error, null);
    assert.equal(shown.subject, 'North Korean troops in the Russia-Ukraine war');
    assert.equal(shown.known, 'In your history: Western officials (anonymous), 22 Jan 2025');
  });

  test('a claim the article dates "on 9 January" is that day’s claim, and the save form is dated so', async () => {
    const shown = await open('/pages/dated-later.html', '4,000');
    assert.equal(shown.claimDate, '9 Jan 2025');
    assert.equal(shown.known, 'In your history: Volodymyr Zelenskyy, President of Ukraine, 9 Jan 2025');
    const popover = firefoxPopoverOf(firefox.browser, page);
    await popover.click('button', 'Save to history');
    assert.equal(await popover.text('[data-field="claimDate"]'), '2025-01-09');
  });

  test('the German article: "mehr als 4.000" is the Monday claim', async () => {
    const shown = await open('/pages/dated-later-de.html', 'mehr als 4.000');
    assert.equal(shown.known, 'In your history: South Korea National Intelligence Service, 31 Mar 2025');
  });

  test('a war the history knows nothing of: no subject, plain words and an offer to save', async () => {
    const shown = await open('/pages/unknown-war.html', 'at least 700');
    assert.equal(shown.subject, null);
    assert.equal(shown.summary, 'Your claim history has nothing on this yet.');
    assert.equal(shown.offer, 'Save this figure to your history');
  });
});

describe('Firefox: the store archives (npm run zip)', () => {
  test('the Firefox zip is the build, with the add-on id; the sources zip has what a rebuild needs', (t) => {
    const manifest = firefoxManifest();
    if (!manifest) return t.skip('no Firefox build');
    const { firefox, sources } = firefoxArchives(manifest.version);
    if (!firefox || !sources || !newerThanFirefoxBuild(firefox) || !newerThanFirefoxBuild(sources))
      return t.skip("no archives of this build in .output/: 'npm run zip' makes them");
    const packed = readZip(firefox);
    assert.deepEqual(JSON.parse(packed.get('manifest.json')().toString()), manifest);
    assert.ok(
      packed.has('background.js') && packed.has('content-scripts/claimline.js') && packed.has('popup.html'),
    );
    const names = [...readZip(sources).keys()];
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background.ts'])
      assert.ok(names.includes(needed), `the sources zip has ${needed}`);
    const unwanted = names.filter((n) => /^(node_modules|\.output|artifacts)\/|^\./.test(n));
    assert.deepEqual(unwanted, [], 'no dependencies, build output, generated artifacts or hidden files');
  });
});
