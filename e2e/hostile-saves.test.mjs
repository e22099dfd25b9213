// No edit is lost: two popups editing one claim, a service worker stopped after Save, a full
// disk (Chromium).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { popoverOf } from './popover.mjs';
import { startServer } from './serve.mjs';
import { storedClaims } from './stored-claims.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

/** The popup as a tab, on its Claims section, once the seeded history is there. */
async function openClaims(browser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('.count', { hasText: /\d+ claims/ }).waitFor({ timeout: 15_000 });
  await page.getByRole('tab', { name: 'Claims' }).click();
  return page;
}
/** Opens the first claim the search finds in the edit form; returns the form and the claim's id. */
async function openClaim(page, search) {
  await page.getByLabel('Search claims').fill(search);
  const row = page.locator('.claim-row [data-id]').first();
  const id = await row.getAttribute('data-id');
  await row.click();
  return { form: page.getByRole('form', { name: 'Edit claim' }), id };
}

/** The demo article with the popover's save form open on "15,000", the claimant typed in. */
async function openSaveForm(browser, claimant) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/demo/article.html`);
  await page.locator('claimline-mark', { hasText: /^15,000$/ }).click();
  const popover = popoverOf(page);
  await popover.click('button', 'Save to history');
  await popover.type('[data-field="claimedBy"]', claimant);
  return { page, popover };
}

describe('two popups editing one claim', () => {
  let browser;
  before(async () => {
    browser = await launchWithExtension();
  });
  after(async () => {
    await browser?.close();
  });

  test('the later save is refused, shows both versions, and overwrites only when asked', async () => {
    const [a, b] = [await openClaims(browser), await openClaims(browser)];
    const { form: formA, id } = await openClaim(a, 'Zelenskyy');
    const { form: formB } = await openClaim(b, 'Zelenskyy');
    await formA.getByLabel('Note').fill('checked in window A');
    await formA.getByRole('button', { name: 'Save' }).click();
    await a.getByRole('status').filter({ hasText: 'Claim saved' }).waitFor();
    await formB.getByLabel('Note').fill('checked in window B');
    await formB.getByRole('button', { name: 'Save' }).click();
    const alert = b.getByRole('alert').filter({ hasText: 'This claim changed in another window' });
    await alert.waitFor();
    assert.deepEqual(await alert.locator('tbody tr').allTextContents(), [
      'Notechecked in window Bchecked in window A',
    ]);
    const stored = async () => (await storedClaims(a)).find((c) => c.id === id);
    assert.equal((await stored()).note, 'checked in window A');
    await b.getByRole('button', { name: 'Save mine over it' }).click();
    await b.getByRole('status').filter({ hasText: 'Claim saved' }).waitFor();
    assert.equal((await stored()).note, 'checked in window B');
    await a.close();
    await b.close();
  });

  test('a claim deleted in one popup is not brought back by an edit in the other', async () => {
    const [a, b] = [await openClaims(browser), await openClaims(browser)];
    const count = (await storedClaims(a)).length;
    const { form: formA } = await openClaim(a, 'Gaza Health Ministry');
    const { form: formB } = await openClaim(b, 'Gaza Health Ministry');
    await formA.getByRole('button', { name: 'Delete' }).click();
    await a.getByRole('status').filter({ hasText: 'Claim deleted' }).waitFor();
    await formB.getByLabel('Note').fill('an edit of a deleted claim');
    await formB.getByRole('button', { name: 'Save' }).click();
    await b.getByRole('alert').filter({ hasText: 'This claim was deleted in another window' }).waitFor();
    await b.waitForTimeout(300);
    assert.equal((await storedClaims(a)).length, count - 1);
    assert.ok(!(await storedClaims(a)).some((c) => c.note === 'an edit of a deleted claim'));
    await a.close();
    await b.close();
  });
});

describe('the service worker stops after Save, before it answers', () => {
  test('the popover says saved, and the claim is stored once', async () => {
    const browser = await launchWithExtension();
    try {
      const { page, popover } = await openSaveForm(browser, 'Stopped worker test');
      // The worker commits the claim, then its answer is lost: Dexie never hears the commit.
      await browser.worker.evaluate(() => {
        const own = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete');
        Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
          configurable: true,
          get() {
            return own.get.call(this);
          },
          set(handler) {
            own.set.call(this, (event) => {
              if (self.loseNextAnswer && this.mode === 'readwrite') {
                self.loseNextAnswer = false;
                self.committedUnanswered = true;
                return;
              }
              return handler?.call(this, event);
            });
          },
        });
        self.loseNextAnswer = true;
      });
      await page.keyboard.press('Enter');
      for (
        const end = Date.now() + 10_000;
        !(await browser.worker.evaluate(() => self.committedUnanswered));
      )
        if (Date.now() > end) throw new Error('the worker did not commit the claim');
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const cdp = await browser.context.newCDPSession(popup);
      const versions = [];
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
      await cdp.send('ServiceWorker.enable');
      for (const end = Date.now() + 5_000; !versions.some((v) => v.runningStatus === 'running'); ) {
        if (Date.now() > end) throw new Error('no running worker');
        await new Promise((ok) => setTimeout(ok, 50));
      }
      const running = versions.find((v) => v.runningStatus === 'running');
      await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
      assert.equal(await popover.text('.saved, .error'), 'Saved to your history.');
      const mine = (await storedClaims(popup)).filter((c) => c.claimedBy === 'Stopped worker test');
      assert.equal(mine.length, 1);
    } finally {
      await browser.close();
    }
  });
});

/** A small disk of its own (a tmpfs), or null where this process may not mount one (not root). */
function smallDisk() {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    /** Writes to a file until the disk has no byte left; again, to take what the browser freed. */
    fill() {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(1 << 20);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if (error.code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
    },
    free: () => rmSync(filler, { force: true }),
    remove() {
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('a full disk', () => {
  test("says so in the reader's words, writes nothing, and the next try works once space is freed", async (t) => {
    const disk = smallDisk();
    if (!disk) return t.skip('needs to mount a tmpfs (run as root) for a profile on a disk that can fill up');
    const browser = await launchWithExtension({ userDataDir: join(disk.dir, 'profile') });
    try {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html#io`);
      await popup.locator('.count', { hasText: '148 claims' }).waitFor({ timeout: 15_000 });
      const claims = Array.from({ length: 20_000 }, (_, i) => ({
        id: `disk-${i}`,
        subject: null,
        party: null,
        population: 'unknown',
        metric: 'killed',
        low: i,
        high: i,
        qualifier: 'exact',
        claimedBy: 'Disk test',
        claimantType: 'unknown',
        via: null,
        claimDate: '2025-01-01',
        periodStart: null,
        periodEnd: null,
        cumulative: false,
        place: null,
        sourceUrl: null,
        sourceName: null,
        quote: null,
        note: 'A long note. '.repeat(60),
        origin: 'import',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      }));
      const file = JSON.stringify({
        format: 'claimline-claims',
        version: 1,
        exportedAt: '2026-12-01T00:00:00Z',
        claims,
      });
      const importAll = async (whileFull) => {
        await popup.getByLabel('Import a file').setInputFiles({
          name: 'big.json',
          mimeType: 'application/json',
          buffer: Buffer.from(file),
        });
        const summary = popup.getByRole('region', { name: 'Import summary' });
        await summary.waitFor({ timeout: 30_000 });
        whileFull?.();
        await summary.getByRole('button', { name: 'Import 20,000 claims' }).click();
        const outcome = popup.locator('[role="alert"], [role="status"]').filter({ hasText: /disk|Imported/ });
        await outcome.first().waitFor({ timeout: 60_000 });
        return outcome.first().textContent();
      };
      // the popover's "Save to history" goes through the background: the same words, the draft saved later
      const { page, popover } = await openSaveForm(browser, 'Full disk test');
      assert.match(await importAll(() => disk.fill()), /^big\.json: Your disk is full: nothing was saved\. /);
      await page.bringToFront();
      await popover.click('[data-field="claimedBy"]');
      // the failed import gave back the room its transaction had taken: the disk is full again
      disk.fill();
      await page.keyboard.press('Enter');

      // the background's connection went with the popup's (Chromium closes them all on an I/O
      // error) and cannot open again while the disk is full: it says so
      assert.match(
        await popover.text('.error, .saved'),
        /^(Your disk is full|The disk could not be written \(it may be full\)): nothing was saved\./,
      );

      disk.free();
      assert.equal((await storedClaims(popup)).length, 148, 'nothing half written');
      await page.keyboard.press('Enter');
      await popover.text('.saved');
      assert.equal(await importAll(), 'Imported 20000 new claims.');
      const stored = await storedClaims(popup);
      assert.equal(stored.length, 148 + 20_000 + 1);
    } finally {
      await browser.close();
      disk.remove();
    }
  });
});
