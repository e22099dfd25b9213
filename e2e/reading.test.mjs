// The reading experience on pages the project writes: live content, single-page apps, figures
// split across elements, hostile styles, the popover's actions.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { markedFigures, popoverOf } from './popover.mjs';
import { extensionSession } from './session.mjs';
import { storedClaims } from './stored-claims.mjs';

const session = extensionSession();

async function open(path) {
  const page = await session.browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.server.url}${path}`);
  return { page, errors };
}
const marks = (page) => markedFigures(page);

describe('dynamic pages', () => {
  test('a live blog: paragraphs added over time are marked as they come', async () => {
    const { page, errors } = await open('/pages/live-blog.html');
    await page.waitForFunction(() => document.title.startsWith('(5)'));
    await page.waitForFunction(() => document.querySelectorAll('claimline-mark').length >= 5, null, {
      timeout: 10_000,
    });
    const found = await marks(page);
    for (const figure of ['at least 40', '12', 'more than 150', '25', '61'])
      assert.ok(found.includes(figure), `${figure} in ${found}`);
    assert.ok(!found.includes('30'), 'a distance is not a figure');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a single-page app: swapped-in content is marked, old marks go with the old content', async () => {
    const { page, errors } = await open('/pages/spa.html');
    await page.locator('claimline-mark').first().waitFor();
    assert.deepEqual(await marks(page), ['300']);
    await page.click('#to-two');
    await page.locator('claimline-mark', { hasText: 'Nearly 2,000' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await marks(page), ['Nearly 2,000']);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('page structure', () => {
  test('figures split across inline elements or source lines are found; code, forms, editors, hidden text and dates are not', async () => {
    const { page } = await open('/pages/split.html');
    await page.locator('claimline-mark').first().waitFor();
    await page.waitForTimeout(300);
    const byParagraph = await page.evaluate(() => {
      const out = [];
      for (const m of document.querySelectorAll('[data-claimline-mark]')) {
        // a figure across inline elements has one mark per text node, the first one focusable
        if (m.getAttribute('data-claimline-mark') === 'continued') out[out.length - 1][1] += m.textContent;
        else out.push([m.closest('[id]')?.id ?? m.parentElement?.tagName, m.textContent]);
      }
      return out;
    });
    assert.deepEqual(byParagraph, [
      ['bold', '4,700'],
      ['link', 'At least 300'],
      ['qualified', 'approximately 1,500'],
      // the source's line break inside the sentence is shown, and read, as a space
      ['wrapped', 'at least 250'],
    ]);
    // the link is still the page's own, where the page put it
    assert.equal(await page.evaluate(() => document.querySelector('#link > a')?.textContent), '3');
    await page.close();
  });

  test('a page that restyles every element with !important cannot hide the marks or reach into the popover', async () => {
    const { page } = await open('/pages/hostile-css.html');
    const mark = page.locator('claimline-mark').first();
    await mark.waitFor();
    assert.match(await mark.evaluate((m) => getComputedStyle(m).textDecorationLine), /underline/);
    await mark.focus();
    await page.keyboard.press('Enter');
    const title = await popoverOf(page).waitFor((root) => {
      const h = root.querySelector('h2');
      const box = h?.getBoundingClientRect();
      return h && { fontSize: getComputedStyle(h).fontSize, visible: box.width > 0 && box.height > 0 };
    });
    assert.deepEqual(title, { fontSize: '15px', visible: true });
    await page.close();
  });
});

describe('languages', () => {
  test('a German page: its lexicon comes from the background, its figures are marked', async () => {
    const { page } = await open('/pages/de.html');
    await page.locator('claimline-mark').first().waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await marks(page), ['mindestens 300', '1.200']);
    await page.close();
  });

  test('a page without a language tag, English and Russian: both are read, sentence by sentence', async () => {
    const { page } = await open('/pages/ru-mixed.html');
    await page.locator('claimline-mark', { hasText: 'более 1 500' }).waitFor();
    assert.deepEqual(await marks(page), ['40', 'более 1 500']);
    await page.close();
  });

  test('an English page quoting German: the German lexicon it loads reads the quote', async () => {
    const { page } = await open('/pages/en-german-quote.html');
    await page.locator('claimline-mark', { hasText: 'mindestens 250' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await marks(page), ['40', 'mindestens 250']);
    await page.close();
  });
});

describe("the reader's language", () => {
  test('in a German browser the popover speaks German, with German numbers and dates', async () => {
    const german = await launchWithExtension({ locale: 'de-DE' });
    try {
      const page = await german.context.newPage();
      await page.goto(`${session.server.url}/demo/article.html`);
      await page.locator('claimline-mark', { hasText: /^approximately 600$/ }).click();
      const popover = popoverOf(page);
      assert.match(await popover.text('.summary'), /2\.000/);
      assert.equal(await popover.text('section[aria-label] h3'), 'Frühere Angaben');
      assert.match(await popover.text('.claim time'), /2025/);
      assert.match(await page.locator('claimline-mark').first().getAttribute('aria-label'), /Eingabetaste/);
      const popup = await german.context.newPage();
      await popup.goto(`chrome-extension://${german.extensionId}/popup.html`);
      await popup.getByRole('tab', { name: 'Angaben' }).click();
      await popup.getByText('148 Angaben').first().waitFor({ timeout: 10_000 });
    } finally {
      await german.close();
    }
  });
});

describe('popover', () => {
  test('opens on hover after a short delay and closes when the pointer leaves', async () => {
    const { page } = await open('/demo/article.html');
    const mark = page.locator('claimline-mark', { hasText: /^approximately 600$/ });
    await mark.hover();
    const popover = popoverOf(page);
    // a casualty figure's correction says so (a troop figure's: "Not a troop figure", below)
    await popover.text('button', 'Not a casualty figure');
    await page.mouse.move(5, 5);
    await popover.closed(5_000);
    await page.close();
  });

  test('"Not a troop figure" removes the mark and the page remembers it on reload', async () => {
    const { page } = await open('/demo/article.html');
    // "approximately 2,000 soldiers had returned home": troops withdrawn
    const mark = page.locator('claimline-mark', { hasText: /^approximately 2,000$/ });
    await mark.click();
    await popoverOf(page).click('button', 'Not a troop figure');
    await mark.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('claimline-mark').first().waitFor();
    await page.waitForTimeout(300);
    assert.ok(!(await marks(page)).includes('approximately 2,000'));
    assert.ok((await marks(page)).includes('approximately 600'));
    await page.close();
  });

  test('"Save to history" saves the pre-filled figure, and the popup counts it', async () => {
    const { page } = await open('/pages/split.html');
    await page.locator('claimline-mark', { hasText: '4,700' }).click();
    const popover = popoverOf(page);
    await popover.click('button', 'Save to history');
    assert.equal(await popover.text('[data-field="sourceUrl"]'), `${session.server.url}/pages/split.html`);
    assert.match(await popover.text('[data-field="quote"]'), /4,700 casualties/);
    await popover.type('[data-field="claimedBy"]', 'Test agency');
    await popover.type('[data-field="claimDate"]', '2025-03-03');
    await popover.click('button.save');
    await popover.text('.saved');
    const count = (await storedClaims(session.browser.worker)).filter(
      (c) => c.origin === 'page' && c.claimedBy === 'Test agency',
    ).length;
    assert.equal(count, 1);
    await page.close();
  });

  test('"Save to history" reads a count typed with a separator ("4,700") and the popup lists it', async () => {
    const { page } = await open('/pages/save-grouped.html');
    await page.locator('claimline-mark', { hasText: '4,700' }).click();
    const popover = popoverOf(page);
    await popover.click('button', 'Save to history');
    await popover.type('[data-field="low"]', '4,700');
    await popover.type('[data-field="high"]', '4,700');
    await popover.type('[data-field="claimedBy"]', 'River port administration');
    await popover.type('[data-field="claimDate"]', '2025-06-02');
    await popover.click('button.save');
    await popover.text('.saved');
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html#claims`);
    await popup.getByLabel('Search claims').fill('River port administration');
    const row = popup.locator('.claim-row', { hasText: 'River port administration' }).first();
    await row.waitFor({ timeout: 10_000 });
    assert.match(await row.textContent(), /4,700/);
    const saved = (await storedClaims(popup)).find((c) => c.claimedBy === 'River port administration');
    assert.deepEqual([saved?.low, saved?.high], [4700, 4700]);
    await popup.close();
    await page.close();
  });

  test('"Save to history" shows the validator\'s message next to the field and saves nothing', async () => {
    const { page } = await open('/pages/split.html');
    await page.locator('claimline-mark', { hasText: '4,700' }).click();
    const popover = popoverOf(page);
    await popover.click('button', 'Save to history');
    await popover.click('[data-field="claimedBy"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await popover.text('.field-error', 'claimedBy is required');
    await page.close();
  });

  test('"Pause on this site" removes every mark and the site stays paused', async () => {
    const { page } = await open('/pages/spa.html');
    await page.locator('claimline-mark').first().click();
    await popoverOf(page).click('button', 'Pause on this site');
    await page.locator('claimline-mark').first().waitFor({ state: 'detached' });
    assert.match(await page.locator('#app').textContent(), /300 soldiers were killed/);
    await page.goto(`${session.server.url}/demo/article.html`);
    await page.waitForTimeout(1_000);
    assert.equal(await page.locator('claimline-mark').count(), 0);
    await page.close();
  });
});
