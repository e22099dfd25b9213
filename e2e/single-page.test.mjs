// Single-page news apps in Chromium: a pushState navigation that replaces the article, an update
// appended seconds after load, and the back button; marks follow what the page shows, the popover
// never stays on text that left, and the popup's "This page" counts the figures now on screen.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markedFigures, popoverOf } from './popover.mjs';
import { extensionSession } from './session.mjs';

const SEEDED = 148;
const session = extensionSession();

/** The popup's "This page" for `article`, as the reader opens it: the figures it lists. */
async function thisPage(article, count) {
  const popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  await popup.locator('.count', { hasText: `${SEEDED} claims` }).waitFor({ timeout: 15_000 });
  await popup.getByRole('tab', { name: 'Claims' }).click();
  await article.bringToFront();
  await popup.getByRole('tab', { name: 'This page' }).click();
  await popup
    .getByText(`${count} ${count === 1 ? 'figure' : 'figures'} on this page`)
    .waitFor({ timeout: 10_000 });
  const rows = await popup.locator('.figures .figure').allTextContents();
  await popup.close();
  return rows;
}

describe('a single-page news app', () => {
  test('a pushState navigation and a late update are marked; what left the page is dropped', async () => {
    const page = await session.browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}/pages/spa-router.html`);
    await page.locator('claimline-mark', { hasText: 'at least 450' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await markedFigures(page), ['at least 450']);

    // the reader follows a link: the router pushes a URL and swaps the article
    await page.click('#to-border');
    await page.waitForURL(/story=border/);
    await page.locator('claimline-mark', { hasText: 'Roughly 3,200' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await markedFigures(page), ['Roughly 3,200']);
    // the update that arrives two seconds later is read too
    await page.locator('.update claimline-mark', { hasText: 'about 150' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await markedFigures(page), ['Roughly 3,200', 'about 150']);
    const rows = await thisPage(page, 2);
    assert.ok(
      rows.some((r) => r.includes('3,200 troops')) && rows.some((r) => r.includes('150 wounded')),
      String(rows),
    );
    assert.ok(!rows.some((r) => r.includes('450')), `the old story's figure is not listed: ${rows}`);

    // the popover open on a figure, the reader goes back: the article it was on leaves at once
    const mark = page.locator('claimline-mark', { hasText: 'Roughly 3,200' });
    await mark.focus();
    await page.keyboard.press('Enter');
    const popover = popoverOf(page);
    await popover.text('h2', '3,200');
    await page.goBack(); // the router takes the article away and fetches the old one
    await page.waitForFunction(() => !location.search.includes('border'));
    await popover.closed();
    // closed with the text it was on, not when the next article came
    assert.equal(await page.locator('#app').evaluate((el) => el.childNodes.length), 0);
    await page.locator('claimline-mark', { hasText: 'at least 450' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await markedFigures(page), ['at least 450']);
    const back = await thisPage(page, 1);
    assert.match(back.join(' '), /at least 450 killed/);
    assert.doesNotMatch(back.join(' '), /3,200|150 wounded/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
