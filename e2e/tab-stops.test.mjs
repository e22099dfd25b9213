// Figures in the page's Tab order, as a keyboard reader meets them: by default one tab stop per
// paragraph (the arrow keys go along its figures), so a page of hundreds of figures is crossed in
// one Tab per paragraph; in Settings the reader can make every figure a tab stop, and sees the
// two keyboard shortcuts with the keys the browser gives them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { until } from './page-helpers.mjs';
import { extensionSession } from './session.mjs';

/** What has the keyboard: a mark's text, a link's text, or the element's tag. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.tagName === 'CLAIMLINE-MARK') return el.textContent;
    if (el?.tagName === 'A') return `link:${el.textContent}`;
    return el?.tagName ?? 'none';
  });

/** Clicks the headline (the reader's place) and presses Tab `count` times, noting where each lands. */
async function tabs(page, count, from = 'h1') {
  await page.locator(from).first().click();
  const seen = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused(page));
  }
  return seen;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A long report of `paragraphs` paragraphs with `each` figures apiece, between a link before the
 * article and one after it.
 */
function manyFigures(paragraphs, each) {
  const body = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = [];
    for (let f = 0; f < each; f++) {
      const n = 1000 + p * 40 + f * 3;
      sentences.push(
        `On ${DAYS[f % 7]} the regional office said ${n.toLocaleString('en')} soldiers had been killed in sector ${p + 1}.`,
      );
    }
    body.push(`<p>${sentences.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sector losses</title></head>
<body><nav><a href="#top">Front page</a></nav>
<article><h1>Losses by sector, as the regional offices report them</h1>${body.join('\n')}</article>
<footer><a href="#more">More reports</a></footer></body></html>`;
}

describe('figures in the Tab order', () => {
  const session = extensionSession();

  async function openDemo() {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.url}/demo/article.html`);
    await page.locator('claimline-mark').nth(6).waitFor({ timeout: 15_000 });
    return page;
  }

  test('by default one Tab per paragraph; the arrow keys go along its figures', async () => {
    const page = await openDemo();
    assert.deepEqual(await tabs(page, 4), ['approximately 4,700', '15,000', 'at least 300', '4,000']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(page), '15,000');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), 'approximately 2,000', 'the next figure of the paragraph');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), 'approximately 2,000', 'the paragraph ends there');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'at least 300', 'Tab leaves the paragraph');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(page), 'approximately 2,000', 'and comes back to where the reader was');
    await page.close();
  });

  test('Settings shows the shortcuts; "every figure" makes each figure a tab stop', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const heading = popup.getByRole('heading', { name: 'Keyboard shortcuts' });
    await heading.waitFor();
    const rows = await popup.locator('.shortcuts > div').allTextContents();
    assert.deepEqual(rows, [
      "Hide or show Claimline's marks on this pageAlt+Shift+M",
      'Go to the next figure on this pageAlt+Shift+F',
    ]);
    assert.ok(await popup.getByText(/chrome:\/\/extensions\/shortcuts.*about:addons/).isVisible());

    const group = popup.getByRole('group', { name: 'Figures in the Tab order' });
    const paragraph = group.getByRole('radio', { name: /One tab stop per paragraph/ });
    const every = group.getByRole('radio', { name: 'Every figure is a tab stop' });
    assert.equal(await paragraph.isChecked(), true, 'one per paragraph is the default');
    await every.check();
    assert.equal(await every.isChecked(), true);
    await popup.waitForFunction(
      async () => (await chrome.storage.local.get('settings')).settings?.tabStops === 'figure',
    );
    await popup.reload();
    await popup.getByRole('tab', { name: 'Settings' }).click();
    // the stored settings arrive after the first paint of the reloaded popup
    let kept = false;
    for (const end = Date.now() + 10_000; !kept && Date.now() < end; ) {
      kept = await every.isChecked();
      if (!kept) await popup.waitForTimeout(100);
    }
    assert.equal(kept, true, 'the choice is kept');
    await popup.close();

    const page = await openDemo();
    assert.deepEqual(await tabs(page, 7), [
      'approximately 4,700',
      'approximately 600',
      '15,000',
      'approximately 2,000',
      'at least 300',
      '2,700',
      '4,000',
    ]);
    await page.close();

    // back to the default for the next test
    const again = await session.browser.context.newPage();
    await again.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await again.getByRole('tab', { name: 'Settings' }).click();
    await again.getByRole('radio', { name: /One tab stop per paragraph/ }).check();
    await again.close();
  });

  test('a page of hundreds of figures is crossed in one Tab per paragraph', async () => {
    const paragraphs = 30;
    const each = 12;
    const url = `${session.server.url}/many-figures.html`;
    await session.browser.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: manyFigures(paragraphs, each) }),
    );
    const page = await session.browser.context.newPage();
    await page.goto(url);
    await until(
      page,
      (n) => document.querySelectorAll('claimline-mark').length >= n,
      paragraphs * each,
      'every figure is marked',
      60_000,
    );
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll('article p')].map((p) => p.querySelectorAll('claimline-mark').length),
    );
    assert.deepEqual(marked, Array(paragraphs).fill(each), 'every figure of every paragraph has a mark');

    const seen = await tabs(page, paragraphs + 1, 'nav a');
    assert.equal(
      seen.at(-1),
      'link:More reports',
      `the link after the article: ${seen.slice(-3).join(', ')}`,
    );
    const firsts = seen.slice(0, -1);
    assert.deepEqual(
      firsts,
      Array.from({ length: paragraphs }, (_, p) => (1000 + p * 40).toLocaleString('en')),
      'each Tab lands on the first figure of the next paragraph',
    );

    // inside a paragraph the arrow keys go figure by figure, and stop at its ends
    await page.keyboard.press('Shift+Tab');
    const last = paragraphs - 1;
    const inLast = (f) => (1000 + last * 40 + f * 3).toLocaleString('en');
    assert.equal(await focused(page), inLast(0));
    for (let f = 1; f < each; f++) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await focused(page), inLast(f), `ArrowRight to figure ${f + 1} of the paragraph`);
    }
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), inLast(each - 1), 'the last figure of the paragraph stays');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focused(page), inLast(each - 2));
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'link:More reports', 'Tab from inside the paragraph leaves it');
    await page.close();
  });
});
