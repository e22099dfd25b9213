// The popup in real Chromium with the built extension: curate, export, import, and hostile files.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { popoverOf } from './popover.mjs';
import { extensionSession } from './session.mjs';
import { storedClaims } from './stored-claims.mjs';

const SEEDED = 148;
const EVIL_NOTE = '=HYPERLINK("http://evil.example","click") <img src=x onerror=alert(1)>';

/** Opens the popup as a tab and waits for the seeded history. */
async function openPopup(browser, count = SEEDED, hash = '') {
  const page = await browser.context.newPage();
  page.dialogs = [];
  page.on('dialog', (d) => {
    page.dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${hash}`);
  await page.locator('.count', { hasText: `${count} claims` }).waitFor({ timeout: 15_000 });
  return page;
}

async function download(page, buttonName) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('popup', () => {
  let browser;
  let page;
  let exported;

  before(async () => {
    browser = await launchWithExtension();
    page = await openPopup(browser);
  });
  after(async () => {
    await browser?.close();
  });

  test('says Claimline does not run on a page without its content script', async () => {
    await page.getByText('Claimline does not run on this page').waitFor();
  });

  test('add a claim, find it by search, edit it, delete it and undo', async () => {
    await page.getByRole('tab', { name: 'Claims' }).click();
    await page.getByRole('button', { name: 'Add claim' }).click();
    const form = page.getByRole('form', { name: 'Add claim' });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Claimant is required').waitFor();
    await form.getByLabel(/^Claimant( \*)?$/).fill('E2E Test Monitor');
    await form.getByLabel('Claim date').fill('2025-06-01');
    await form.getByLabel('Low', { exact: true }).fill('1234');
    await form.getByLabel('High', { exact: true }).fill('1234');
    await form.getByLabel('Note').fill(EVIL_NOTE);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('.count', { hasText: `${SEEDED + 1} claims` }).waitFor();

    await page.getByLabel('Search claims').fill('e2e test monitor');
    const rows = page.locator('.claim-row');
    await page.getByText(`1 of ${SEEDED + 1} claims match`).waitFor();
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().textContent(), /1,234 killed.*E2E Test Monitor/);

    await rows.first().getByRole('button').click();
    const edit = page.getByRole('form', { name: 'Edit claim' });
    assert.equal(await edit.getByLabel('Note').inputValue(), EVIL_NOTE);
    await edit.getByLabel('Low', { exact: true }).fill('1500');
    await edit.getByLabel('High', { exact: true }).fill('1500');
    await edit.getByRole('button', { name: 'Save' }).click();
    await rows.filter({ hasText: '1,500 killed' }).waitFor();

    await rows.first().getByRole('button').click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').filter({ hasText: 'Claim deleted' }).waitFor();
    await page.locator('.count', { hasText: `${SEEDED} claims` }).waitFor();
    assert.equal(await rows.count(), 0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.count', { hasText: `${SEEDED + 1} claims` }).waitFor();
    await rows.filter({ hasText: '1,500 killed' }).waitFor();
    const mine = (await storedClaims(page)).filter((c) => c.claimedBy === 'E2E Test Monitor');
    assert.equal(mine.length, 1);
    assert.equal(mine[0].low, 1500);
    assert.equal(mine[0].note, EVIL_NOTE);
    // The note was stored and shown as text: no element was made from it, no script ran.
    await rows.first().getByRole('button').click();
    assert.equal(await page.getByLabel('Note').inputValue(), EVIL_NOTE);
    assert.equal(await page.locator('img').count(), 0);
    assert.deepEqual(page.dialogs, []);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  test('keyboard: arrows between sections and claims, Enter opens a claim, Escape goes back', async () => {
    const claimsTab = page.getByRole('tab', { name: 'Claims' });
    await claimsTab.click();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Import / export');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await claimsTab.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('label')?.textContent),
      'Search claims',
    );
    await page.keyboard.type('gaza health ministry');
    await page.getByText(/ of \d+ claims match/).waitFor();
    const rows = page.locator('.claim-row button');
    await rows.first().focus();
    const first = await rows.first().getAttribute('data-id');
    await page.keyboard.press('ArrowDown');
    // Focus moves on the next frame, once the list has scrolled the row into view.
    await page.waitForFunction(
      (id) =>
        document.activeElement?.closest('.claim-row') &&
        document.activeElement.getAttribute('data-id') !== id,
      first,
    );
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Edit claim' });
    await form.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'claimedBy', null, {
      timeout: 2000,
    });
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') === id, second);
    await page.getByLabel('Search claims').fill('');
  });

  test('light and dark follow the system colour scheme', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await background(), 'rgb(30, 31, 34)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('Export JSON downloads the named, versioned envelope', async () => {
    await page.getByRole('tab', { name: 'Import / export' }).click();
    exported = await download(page, 'Export JSON');
    assert.match(exported.name, /^claimline-claims-\d{4}-\d{2}-\d{2}\.json$/);
    const envelope = JSON.parse(exported.text);
    assert.equal(envelope.format, 'claimline-claims');
    assert.equal(envelope.version, 1);
    assert.equal(envelope.claims.length, SEEDED + 1);
  });

  test('CSV export read as text has neutralised formula cells', async () => {
    const csv = await download(page, 'Export CSV');
    assert.match(csv.name, /\.csv$/);
    assert.ok(csv.text.startsWith('id,subject,party,'));
    assert.ok(
      csv.text.includes(`"'=HYPERLINK(""http://evil.example"",""click"") <img src=x onerror=alert(1)>"`),
    );
    for (const line of csv.text.split('\r\n'))
      for (const cell of line.split(','))
        assert.doesNotMatch(cell, /^"?[=+\-@]/, `formula cell in: ${line.slice(0, 80)}`);
  });

  test('a malformed file shows its error and leaves the count unchanged', async () => {
    await page.getByLabel('Import a file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"claimline-claims","version":1,"claims":[{"id":'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /broken\.json: The file is not valid JSON.*Nothing was imported/);
    await page.getByLabel('Import a file').setInputFiles({
      name: 'bad-bytes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([0x69, 0x64, 0x0a, 0xff, 0xfe]),
    });
    await alert.filter({ hasText: 'not valid UTF-8' }).waitFor();
    assert.equal(await page.locator('.count').textContent(), `${SEEDED + 1} claims`);
    assert.equal((await storedClaims(page)).length, SEEDED + 1);
  });

  test('a 50 MB file is read off the main thread: the popup keeps drawing frames', async () => {
    const claim = JSON.parse(exported.text).claims[0];
    const claims = Array.from({ length: 80_000 }, (_, i) => ({
      ...claim,
      id: `big-${i}`,
      low: 5e8 + i,
      high: 5e8 + i,
    }));
    const text = JSON.stringify({
      format: 'claimline-claims',
      version: 1,
      exportedAt: claim.createdAt,
      claims,
    });
    assert.ok(text.length > 50 * 1024 * 1024, `${(text.length / 1048576).toFixed(0)} MB`);
    const dir = await mkdtemp(join(tmpdir(), 'claimline-big-'));
    const file = join(dir, 'big.json');
    await writeFile(file, text);
    try {
      // The longest time between two frames while the file is read and validated.
      await page.evaluate(() => {
        window.longestFrame = 0;
        let last = performance.now();
        const tick = (t) => {
          window.longestFrame = Math.max(window.longestFrame, t - last);
          last = t;
          if (!document.querySelector('.import-summary')) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.getByLabel('Import a file').setInputFiles(file);
      const summary = page.getByRole('region', { name: 'Import summary' });
      await summary.waitFor({ timeout: 60_000 });
      assert.equal(
        await summary.locator('.summary').textContent(),
        '80,000 new claims, 0 duplicates skipped, 0 records with errors',
      );
      const longest = await page.evaluate(() => window.longestFrame);
      assert.ok(longest < 1_000, `the popup froze for ${Math.round(longest)} ms`);
      await summary.getByRole('button', { name: 'Cancel' }).click();
      await page.getByText('Import cancelled; nothing was written.').waitFor();
      assert.equal((await storedClaims(page)).length, SEEDED + 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the JSON export imported into a fresh profile gives identical records', async () => {
    const fresh = await launchWithExtension();
    try {
      // "Open Claimline in a tab" links to popup.html#io: the import section, in a tab.
      const other = await openPopup(fresh, SEEDED, '#io');
      assert.equal(
        await other.getByRole('tab', { name: 'Import / export' }).getAttribute('aria-selected'),
        'true',
      );
      await other.getByLabel('Import a file').setInputFiles({
        name: exported.name,
        mimeType: 'application/json',
        buffer: Buffer.from(exported.text),
      });
      const summary = other.getByRole('region', { name: 'Import summary' });
      await summary.waitFor();
      assert.equal(
        await summary.locator('.summary').textContent(),
        `1 new claim, ${SEEDED} duplicates skipped, 0 records with errors`,
      );
      assert.equal((await storedClaims(other)).length, SEEDED, 'nothing written before confirming');
      await summary.getByRole('button', { name: 'Import 1 claim' }).click();
      await other.locator('.count', { hasText: `${SEEDED + 1} claims` }).waitFor();
      assert.deepEqual(await storedClaims(other), await storedClaims(page));
    } finally {
      await fresh.close();
    }
  });
});

describe('popup on the demo article', () => {
  const session = extensionSession();

  test('"This page" lists the figures of the active tab and saves one through the form', async () => {
    const article = await session.browser.context.newPage();
    await article.goto(`${session.server.url}/demo/article.html`);
    await article.locator('claimline-mark').first().waitFor({ timeout: 15_000 });
    const popup = await openPopup(session.browser);
    // The popup runs as a tab here: put the article in front, then open "This page" again.
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await article.bringToFront();
    await popup.getByRole('tab', { name: 'This page' }).click();
    const figure = popup.locator('.figure', { hasText: 'approximately 600 killed' });
    await figure.waitFor({ timeout: 10_000 });
    assert.match(await figure.textContent(), /North Korean troops in the Russia-Ukraine war/);
    assert.match(await figure.textContent(), /January estimate \(300\)/);
    await figure.getByRole('button', { name: 'Save approximately 600 killed to the history' }).click();
    const form = popup.getByRole('form', { name: 'Add claim' });
    assert.equal(await form.getByLabel('Source URL').inputValue(), `${session.server.url}/demo/article.html`);
    assert.equal(await form.getByLabel('Low', { exact: true }).inputValue(), '600');
    await form.getByLabel(/^Claimant( \*)?$/).fill('Demo newspaper');
    await form.getByRole('button', { name: 'Save' }).click();
    await popup.locator('.count', { hasText: `${SEEDED + 1} claims` }).waitFor();
    const saved = (await storedClaims(popup)).find((c) => c.claimedBy === 'Demo newspaper');
    assert.equal(saved.origin, 'page');
    assert.equal(saved.subject, 'north-korean-troops-russia-ukraine');
  });

  test('"This page" shows every one of 2,001 figures, from one batched message', async () => {
    const url = `${session.server.url}/pages/generated-many-figures.html`;
    const villages = Array.from(
      { length: 2001 },
      // counts of 5,000 to 7,000: no number that reads as a year
      (_, i) =>
        `<p>In village ${i + 1}, ${(5000 + i).toLocaleString('en')} North Korean soldiers were killed.</p>`,
    );
    await session.browser.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>North Korean troops near Kursk: a village count</title></head><body><article>${villages.join('')}</article></body></html>`,
      }),
    );
    const article = await session.browser.context.newPage();
    await article.goto(url);
    await article.waitForFunction(() => document.querySelectorAll('claimline-mark').length === 2001, null, {
      timeout: 60_000,
    });
    const popup = await openPopup(session.browser, SEEDED + 1);
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await article.bringToFront();
    await popup.getByRole('tab', { name: 'This page' }).click();
    await popup.getByText('2,001 figures on this page').waitFor({ timeout: 30_000 });
    const rows = await popup.locator('.figures .figure').count();
    assert.ok(rows > 2 && rows < 60, `${rows} rows in the DOM`);
    await popup.locator('.claim-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = popup.locator('.figure', { hasText: '7,000 killed' });
    await last.waitFor({ timeout: 5_000 });
    assert.match(await last.textContent(), /North Korean troops in the Russia-Ukraine war/);
    await popup.close();
    await article.close();
  });

  test('a claim added in the popup shows at once in the popover open on the page', async () => {
    const article = await session.browser.context.newPage();
    await article.goto(`${session.server.url}/demo/article.html`);
    await article.locator('claimline-mark', { hasText: /^approximately 600$/ }).click();
    const popover = popoverOf(article);
    await popover.text('.summary');
    const popup = await openPopup(session.browser, SEEDED + 1);
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await popup.getByRole('button', { name: 'Add claim' }).click();
    const form = popup.getByRole('form', { name: 'Add claim' });
    await form.getByLabel(/^Claimant( \*)?$/).fill('Live update monitor');
    await form.getByLabel('Claim date').fill('2025-03-01');
    await form.getByLabel('Subject').selectOption('north-korean-troops-russia-ukraine');
    await form.getByLabel('Party').fill('north-korea');
    await form.getByLabel('Low', { exact: true }).fill('450');
    await form.getByLabel('High', { exact: true }).fill('450');
    await form.getByRole('button', { name: 'Save' }).click();
    await popover.text('.claim', 'Live update monitor');
    await popup.close();
    await article.close();
  });
});
