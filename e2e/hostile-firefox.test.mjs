// The hostile pages of hostile-page.test.mjs and hostile-trust.test.mjs in Debian's firefox-esr
// (puppeteer-core, WebDriver BiDi): text the page rewrites, editors, a growing paragraph, a page
// that tries to save its own claim, replays WXT's start-up message or owns Claimline's names.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchFirefoxWithExtension, until } from './firefox.mjs';
import { firefoxPopoverOf } from './firefox-popover.mjs';
import { startServer } from './serve.mjs';
import { storedClaims } from './stored-claims.mjs';

let server;
let firefox;
before(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithExtension();
});
after(async () => {
  await firefox?.close();
  await server?.close();
});

async function open(path) {
  const page = await firefox.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}
const inPage = (page, fn, arg, message = String(fn)) => until(() => page.evaluate(fn, arg), message, 20_000);
const marked = (page) =>
  page.evaluate(() => {
    const out = [];
    for (const m of document.querySelectorAll('[data-claimline-mark]'))
      if (m.getAttribute('data-claimline-mark') === 'continued' && out.length)
        out[out.length - 1] += m.textContent;
      else out.push(m.textContent);
    return out;
  });
/** Clicks the first mark the way the reader does. */
async function clickMark(page) {
  const box = await page.evaluate(() => {
    const r = document.querySelector('[data-claimline-mark]').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

describe('Firefox: pages that change their own text', () => {
  test('a page rewriting its text nodes never shows old and new text side by side', async () => {
    const { page, errors } = await open('/pages/hostile-live.html');
    await inPage(page, () => document.querySelectorAll('[data-claimline-mark]').length >= 5, null, 'marks');
    await page.evaluate(() => window.startUpdates(100));
    await inPage(page, () => window.updates >= 20, null, '20 updates');
    assert.deepEqual(await page.evaluate(() => window.garbled.slice(0, 3)), []);
    assert.ok((await marked(page)).includes('1,200'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('editors never carry a mark, an article made editable gets its HTML back, script text in svg, pre, button and hidden places is not marked', async () => {
    const { page, errors } = await open('/pages/hostile-editors.html');
    await inPage(page, () => document.querySelectorAll('[data-claimline-mark]').length >= 2, null, 'marks');
    await page.click('#editor');
    await page.keyboard.type('Then 500 soldiers were killed near the river.');
    await page.evaluate(() => {
      window.pasteStory();
      window.addScriptText();
    });
    await new Promise((ok) => setTimeout(ok, 800));
    assert.doesNotMatch(await page.evaluate(() => document.getElementById('editor').innerHTML), /claimline/);
    assert.doesNotMatch(
      await page.evaluate(() => document.getElementById('paste-target').innerHTML),
      /claimline/,
    );
    assert.deepEqual(await marked(page), ['at least 300', '1,200']);
    assert.equal(
      await page.evaluate(() => {
        window.editArticle();
        return new Promise((ok) =>
          requestAnimationFrame(() =>
            ok(document.getElementById('article').innerHTML === window.originalStory),
          ),
        );
      }),
      true,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a paragraph that keeps growing shows what it wrote, and is read about once', async () => {
    const { page, errors } = await open('/pages/hostile-growing.html');
    await inPage(page, () => performance.getEntriesByName('claimline:scan').length > 0, null, 'first scan');
    await page.evaluate(() => window.startStream(100));
    await inPage(page, () => window.chunks >= 100, null, '100 chunks');
    const written = await inPage(
      page,
      () =>
        document.querySelectorAll('#stream [data-claimline-mark]').length >= window.chunks - 2 &&
        window.written.length,
      null,
      'a mark for every chunk',
    );
    const read = await page.evaluate(
      () => performance.getEntriesByName('claimline:chars-read').at(-1).duration,
    );
    assert.equal(
      await page.evaluate(() => document.getElementById('stream').textContent === window.written),
      true,
    );
    assert.ok(read < written * 1.5, `${read} characters read for ${written} written`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('Firefox: nothing the page does counts as the reader', () => {
  test('a page cannot reach the save form, type into it, or submit it; the reader can', async () => {
    const { page, errors } = await open('/pages/hostile-forgery.html');
    await inPage(page, () => document.querySelector('[data-claimline-mark]') !== null, null, 'marks');
    await clickMark(page);
    const popover = firefoxPopoverOf(firefox.browser, page);
    await popover.click('button', 'Save to history');
    await popover.click('[data-field="claimedBy"]');
    await inPage(page, () => window.tried.includes('attacked'), null, 'the page attacked');
    await new Promise((ok) => setTimeout(ok, 300));
    const tried = await page.evaluate(() => [
      window.tried.filter((t) => !t.startsWith('insertText')),
      window.captured.length,
    ]);
    assert.deepEqual(tried, [['shadowRoot: closed', 'attachShadow: refused', 'attacked'], 0]);
    assert.doesNotMatch(
      await popover.evaluate((root) => root.querySelector('[data-field="claimedBy"]').textContent),
      /evil/,
    );
    assert.equal(await popover.text('[data-field="sourceUrl"]'), `${server.url}/pages/hostile-forgery.html`);
    assert.equal(await popover.evaluate((root) => root.querySelector('.saved') !== null), false);
    await popover.click('[data-field="claimedBy"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' and the Firefox reader');
    const shown = await popover.evaluate(
      (root) => root.querySelector('[data-field="claimedBy"]').textContent,
    );
    assert.match(shown, / and the Firefox reader$/);
    await page.keyboard.press('Enter');
    await popover.text('.saved');
    const popup = await firefox.openExtensionPage('popup.html');
    const fromPages = (await storedClaims(popup)).filter((c) => c.origin === 'page');
    await popup.close();
    assert.deepEqual(
      fromPages.map((c) => [c.claimedBy, c.low, c.sourceUrl]),
      [[shown, 300, `${server.url}/pages/hostile-forgery.html`]],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("replaying WXT's start-up message does not stop Claimline", async () => {
    const { page, errors } = await open('/pages/hostile-killswitch.html');
    await inPage(page, () => window.replayed >= 10, null, 'ten replays');
    assert.deepEqual(await page.evaluate(() => window.seen.length), 0); // Claimline posts nothing into the page
    await new Promise((ok) => setTimeout(ok, 500));
    assert.deepEqual(await marked(page), ['at least 300', '1,200']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a page that defined claimline-mark and claimline-popover first still gets marks and a popover', async () => {
    const { page, errors } = await open('/pages/hostile-elements.html');
    await inPage(page, () => document.querySelectorAll('[data-claimline-mark]').length >= 2, null, 'marks');
    assert.deepEqual(await marked(page), ['at least 300', '1,200']);
    await clickMark(page);
    await firefoxPopoverOf(firefox.browser, page).text('.summary');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
