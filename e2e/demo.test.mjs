// The demo article in real Chromium with the built extension: marks, keyboard path, popup.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoSession } from './demo-page.mjs';
import { markedFigures, popoverOf } from './popover.mjs';

/** Every casualty and troop figure the demo article states, as marked (qualifier + number). */
const EXPECTED_MARKS = [
  'approximately 4,700',
  'approximately 600',
  '15,000',
  'approximately 2,000',
  'at least 300',
  '2,700',
  '4,000',
  'more than 52,000',
];

describe('demo article', () => {
  const session = demoSession();

  test('marks every figure and no other number (dates, years, distances, durations)', async () => {
    assert.deepEqual(await markedFigures(session.page), EXPECTED_MARKS);
  });

  test("leaves the page's text exactly as it was", async () => {
    const [now, original] = await session.page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return [document.body.textContent, fresh.body.textContent];
    });
    assert.equal(now, original);
  });

  test('marks have an accessible name that says what the figure is', async () => {
    const label = await session.page
      .locator('claimline-mark', { hasText: /^approximately 600$/ })
      .getAttribute('aria-label');
    assert.match(label, /^casualty figure: approximately 600 killed, press Enter for earlier claims$/);
  });

  test('keyboard: Tab and an arrow reach "600", Enter opens the history with the January 300 killed, Escape closes', async () => {
    await session.page.locator('h1').click();
    await session.page.keyboard.press('Tab'); // the paragraph's tab stop, its first figure
    await session.page.keyboard.press('ArrowRight');
    assert.equal(await session.page.evaluate(() => document.activeElement?.textContent), 'approximately 600');
    await session.page.keyboard.press('Enter');
    const popover = popoverOf(session.page);
    const row = await popover.text('.claim', '13 Jan 2025');
    assert.match(row, /South Korea National Intelligence Service/);
    assert.match(row, /300/);
    assert.equal(await session.page.evaluate(() => document.activeElement?.tagName), 'CLAIMLINE-POPOVER');
    await session.page.keyboard.press('Escape');
    await popover.closed();
    assert.equal(await session.page.evaluate(() => document.activeElement?.textContent), 'approximately 600');
  });

  test('the popover lists earlier claims newest first', async () => {
    await session.page.locator('claimline-mark', { hasText: /^approximately 600$/ }).click();
    const popover = popoverOf(session.page);
    await popover.text('.claim');
    const dates = await popover.evaluate((root) =>
      [...root.querySelectorAll('section[aria-label="Earlier claims"] .claim time')].map((e) =>
        e.getAttribute('datetime'),
      ),
    );
    assert.ok(dates.length >= 2, 'several earlier claims');
    assert.deepEqual(dates, [...dates].sort().reverse());
    await session.page.keyboard.press('Escape');
  });

  /** Opens the popover of the mark with this exact text, once its summary is there. */
  async function openPopover(text) {
    await session.page.keyboard.press('Escape');
    await session.page.locator('claimline-mark', { hasText: new RegExp(`^${text}$`) }).click();
    const popover = popoverOf(session.page);
    await popover.text('.summary');
    return popover;
  }

  test('"600" is North Korean troops killed: the January NIS 300 before it, about 2,000 in September after', async () => {
    const popover = await openPopover('approximately 600');
    assert.equal(await popover.text('.subject'), 'North Korean troops in the Russia-Ukraine war');
    const earlier = await popover.texts('section[aria-label="Earlier claims"] .claim');
    assert.ok(
      earlier.some((row) => /National Intelligence Service.*13 Jan 2025.*300/.test(row)),
      earlier.join('\n'),
    );
    const later = await popover.texts('section[aria-label="Later claims"] .claim');
    assert.ok(
      later.some((row) => /2 Sept 2025.*2,000/.test(row)),
      later.join('\n'),
    );
    assert.match(await popover.text('.summary'), /300.*2,000/);
  });

  test('"4,700" casualties shows Zelenskyy\'s 4,000 of 9 January', async () => {
    const popover = await openPopover('approximately 4,700');
    const earlier = await popover.texts('section[aria-label="Earlier claims"] .claim');
    assert.ok(
      earlier.some((row) => /Zelenskyy.*9 Jan 2025.*4,000/.test(row)),
      earlier.join('\n'),
    );
  });

  /** The popover's "In your history" line, its own claim date and its summary. */
  const facts = (popover) =>
    popover.evaluate((root) => {
      const d = root.querySelector('[role="dialog"]');
      return {
        known: d.querySelector('.known')?.textContent ?? null,
        claimDate: d.querySelector('.claim-date')?.textContent ?? null,
        summary: d.querySelector('.summary')?.textContent ?? '',
        earlier: [...d.querySelectorAll('section[aria-label="Earlier claims"] .claim time')].map((t) =>
          t.getAttribute('datetime'),
        ),
      };
    });

  test('"4,000" is Zelenskyy\'s 9 January claim, compared as of 9 January and saved with that date', async () => {
    const popover = await openPopover('4,000');
    const shown = await facts(popover);
    assert.equal(shown.known, 'In your history: Volodymyr Zelenskyy, President of Ukraine, 9 Jan 2025');
    assert.equal(shown.claimDate, '9 Jan 2025');
    assert.ok(
      shown.earlier.every((d) => d <= '2025-01-09'),
      shown.earlier.join(),
    );
    assert.doesNotMatch(shown.summary, /March/);
    await popover.click('button', 'Save to history');
    assert.equal(await popover.text('[data-field="claimDate"]'), '2025-01-09');
    await popover.click('button', 'Cancel');
  });

  test('"at least 300" is the intelligence service\'s January claim', async () => {
    const shown = await facts(await openPopover('at least 300'));
    assert.equal(shown.known, 'In your history: South Korea National Intelligence Service, 13 Jan 2025');
    assert.doesNotMatch(shown.summary, /Western officials/);
  });

  test('"approximately 2,000" withdrawn and "15,000" deployed are the 30 April claims', async () => {
    for (const mark of ['approximately 2,000', '15,000']) {
      const shown = await facts(await openPopover(mark));
      assert.equal(
        shown.known,
        'In your history: South Korea National Intelligence Service, 30 Apr 2025',
        mark,
      );
      assert.doesNotMatch(shown.summary, /nothing on this|no history/, mark);
    }
  });

  test('the Gaza figure in the same article is compared with Gaza claims only', async () => {
    const popover = await openPopover('more than 52,000');
    assert.equal(await popover.text('.subject'), 'Casualties of the Gaza war');
    const rows = await popover.texts('.claim');
    assert.ok(rows.length > 0);
    assert.ok(
      rows.every((row) => !/Korea|Zelenskyy|Intelligence Service/.test(row)),
      rows.join('\n'),
    );
    await session.page.keyboard.press('Escape');
  });

  test('the content script carries neither the database nor the other languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { extensionDir } = await import('./browser.mjs');
    const code = readFileSync(`${extensionDir}/content-scripts/claimline.js`, 'utf8');
    assert.ok(!code.includes('indexedDB'), 'no IndexedDB (Dexie) code in the content script');
    assert.ok(
      !code.includes('getötet') && !code.includes('загинули'),
      "other languages' lexicons come from the background",
    );
  });

  test('the popup shows the seeded claims with their count', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.locator('.count', { hasText: /\d+ claims/ }).waitFor({ timeout: 10_000 });
    assert.equal(await popup.locator('.count').textContent(), '148 claims');
    await popup.getByRole('tab', { name: 'Claims' }).click();
    assert.equal(await popup.locator('.shown').textContent(), '148 claims');
    // The list is virtualised: the rows in view are in the DOM, the rest come with scrolling.
    assert.ok((await popup.locator('.claim-list .claim-row').count()) > 3);
    await popup.close();
  });
});
