// The popover on pages built for each case of issue #15, in real Chromium with the built
// extension: a long article, an article dated later than the claims it reports (explicit and
// relative dates, in English and German), a claim of the article's own day, and a war the history
// knows nothing of. Each checks what the popover and its save form show.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { popoverOf } from './popover.mjs';
import { extensionSession } from './session.mjs';

const NK = 'North Korean troops in the Russia-Ukraine war';
const NIS = 'South Korea National Intelligence Service';
const ZELENSKYY = 'Volodymyr Zelenskyy, President of Ukraine';

/** What an open popover shows, as text. */
async function readPopover(popover) {
  return popover.evaluate((root) => {
    const d = root.querySelector('[role="dialog"]');
    const text = (sel) => d.querySelector(sel)?.textContent ?? null;
    const rows = (label) =>
      [...d.querySelectorAll(`section[aria-label="${label}"] .claim`)].map((li) => ({
        date: li.querySelector('time')?.getAttribute('datetime'),
        text: li.textContent,
      }));
    return {
      subject: text('.subject'),
      known: text('.known'),
      summary: text('.summary'),
      claimDate: text('.claim-date'),
      error: text('.error'),
      offer: text('.offer-save'),
      earlier: rows('Earlier claims'),
      later: rows('Later claims'),
    };
  });
}

describe('popovers on pages built for each case', () => {
  const session = extensionSession();
  let page;
  before(async () => {
    page = await session.browser.context.newPage();
  });

  async function load(path) {
    await page.goto(`${session.server.url}${path}`);
    await page.locator('claimline-mark').first().waitFor({ timeout: 15_000 });
  }

  /** Opens the popover of the mark with this exact text and waits for its history (or its error). */
  async function open(text) {
    await page.keyboard.press('Escape');
    await page.locator('claimline-mark', { hasText: new RegExp(`^${text}$`) }).click();
    const popover = popoverOf(page);
    await popover.waitFor((root) => root.querySelector('.summary, .error'));
    return { popover, shown: await readPopover(popover) };
  }

  /** The claim date the save form is pre-filled with. */
  async function savedDate(popover) {
    await popover.click('button', 'Save to history');
    const value = await popover.text('[data-field="claimDate"]');
    await popover.click('button', 'Cancel');
    return value;
  }

  test('an article of more than 30,000 characters: every popover loads its history', async () => {
    await load('/pages/long-article.html');
    assert.ok((await page.evaluate(() => document.body.textContent.length)) > 30_000);
    const marks = await page.locator('claimline-mark').allTextContents();
    assert.deepEqual(marks, ['about 600', 'about 1,000', 'about 4,700']);
    const expected = {
      'about 600': `In your history: ${NIS}, 30 Apr 2025`,
      'about 1,000': 'In your history: Western officials (anonymous), 22 Jan 2025',
      'about 4,700': `In your history: ${NIS}, 30 Apr 2025`,
    };
    for (const mark of marks) {
      const { shown } = await open(mark);
      assert.equal(shown.error, null, `${mark}: ${shown.error}`);
      assert.equal(shown.subject, NK, mark);
      assert.equal(shown.known, expected[mark], mark);
      assert.ok(shown.earlier.length > 0, `${mark} has earlier claims`);
    }
  });

  test('an article dated later: "said on Monday" is compared as of that Monday and saved with it', async () => {
    await load('/pages/dated-later.html');
    const { popover, shown } = await open('more than 4,000');
    assert.equal(shown.claimDate, '31 Mar 2025');
    assert.equal(shown.known, `In your history: ${NIS}, 31 Mar 2025`);
    assert.ok(
      shown.earlier.every((row) => row.date <= '2025-03-31'),
      shown.earlier.map((r) => r.date).join(),
    );
    assert.ok(
      shown.later.some((row) => row.date === '2025-04-30' && /4,700/.test(row.text)),
      'the 30 April claim is later than this one',
    );
    assert.equal(await savedDate(popover), '2025-03-31');
  });

  test('an article dated later: "said on 9 January" is Zelenskyy\'s claim of that day', async () => {
    const { popover, shown } = await open('4,000');
    assert.equal(shown.claimDate, '9 Jan 2025');
    assert.equal(shown.known, `In your history: ${ZELENSKYY}, 9 Jan 2025`);
    assert.ok(shown.earlier.every((row) => row.date <= '2025-01-09'));
    assert.doesNotMatch(shown.summary, /March|April/);
    assert.equal(await savedDate(popover), '2025-01-09');
  });

  test('an article dated later: "said last week" finds the claim made that week', async () => {
    const { popover, shown } = await open('about 4,000');
    assert.equal(shown.known, 'In your history: South Korea Joint Chiefs of Staff, 27 Mar 2025');
    assert.equal(shown.claimDate, '27 Mar 2025');
    assert.equal(await savedDate(popover), '2025-03-27');
  });

  test("a claim of the article's own day is found as a known claim, not as no history", async () => {
    await load('/pages/same-day.html');
    for (const [mark, metric] of [
      ['about 2,000', 'killed'],
      ['about 1,000', 'deployed'],
    ]) {
      const { popover, shown } = await open(mark);
      assert.equal(shown.known, `In your history: ${NIS}, 2 Sept 2025`, `${mark} (${metric})`);
      assert.equal(shown.claimDate, null, 'the figure has the article’s date');
      assert.doesNotMatch(shown.summary, /nothing on this/);
      assert.equal(await savedDate(popover), '2025-09-02');
    }
  });

  test('a war the history knows nothing of: no subject, plain words, an offer to save that lasts', async () => {
    await load('/pages/unknown-war.html');
    const { popover, shown } = await open('at least 700');
    assert.equal(shown.subject, null);
    assert.equal(shown.summary, 'Your claim history has nothing on this yet.');
    assert.equal(shown.offer, 'Save this figure to your history');
    await popover.click('button', 'Save this figure to your history');
    assert.equal(await popover.text('[data-field="claimDate"]'), '2025-02-10');
    await popover.type('[data-field="claimedBy"]', 'Goma hospitals (via a UN spokesperson)');
    await popover.click('button.save');
    await popover.text('.saved', 'Saved to your history.');
    await page.reload();
    await page.locator('claimline-mark').first().waitFor({ timeout: 15_000 });
    const again = await open('at least 700');
    assert.equal(again.shown.known, 'In your history: Goma hospitals (via a UN spokesperson), 10 Feb 2025');
    assert.equal(again.shown.subject, null);
    const other = await open('More than 2,800');
    assert.equal(other.shown.subject, null, 'the other figure is still of no subject');
  });

  test('the same article in German: the same claims, as of the same days', async () => {
    await load('/pages/dated-later-de.html');
    const cases = [
      ['mehr als 4.000', `In your history: ${NIS}, 31 Mar 2025`, '2025-03-31'],
      ['4.000', `In your history: ${ZELENSKYY}, 9 Jan 2025`, '2025-01-09'],
      ['etwa 4.000', 'In your history: South Korea Joint Chiefs of Staff, 27 Mar 2025', '2025-03-27'],
    ];
    for (const [mark, known, date] of cases) {
      const { popover, shown } = await open(mark);
      assert.equal(shown.subject, NK, mark);
      assert.equal(shown.known, known, mark);
      assert.equal(await savedDate(popover), date, mark);
    }
  });

  test('German reporting verb first ("..., sagte Selenskyj am 9. Januar"): the speaker and the day', async () => {
    await load('/pages/verb-first-de.html');
    /** The "Said by" of the open popover, or null. */
    const saidBy = (popover) =>
      popover.evaluate((root) => {
        const dt = [...root.querySelectorAll('.facts dt')].find((d) => d.textContent === 'Said by');
        return dt?.nextElementSibling?.textContent ?? null;
      });
    const zelenskyy = await open('Bis zu 4.000');
    assert.equal(await saidBy(zelenskyy.popover), 'Selenskyj');
    assert.equal(zelenskyy.shown.known, `In your history: ${ZELENSKYY}, 9 Jan 2025`);
    assert.equal(await savedDate(zelenskyy.popover), '2025-01-09');
    const spokesman = await open('Rund 300');
    assert.equal(await saidBy(spokesman.popover), 'Sprecher');
    assert.equal(await savedDate(spokesman.popover), '2025-03-31', 'the Monday before the article');
    // an unnamed source reads as the article describes it, without its verb
    const lawmaker = await open('Mindestens 150');
    assert.equal(await saidBy(lawmaker.popover), 'ein Abgeordneter');
    assert.equal(await savedDate(lawmaker.popover), '2025-04-03', "no day of its own: the article's");
  });
});

describe('the German article in a German browser', () => {
  const session = extensionSession({ locale: 'de-DE' });

  test('the popover speaks German about the claim it found', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.url}/pages/dated-later-de.html`);
    await page.locator('claimline-mark', { hasText: /^4\.000$/ }).click();
    const popover = popoverOf(page);
    assert.match(await popover.text('.known'), /^In Ihrem Verlauf: Volodymyr Zelenskyy.*2025$/);
    assert.match(await popover.text('.facts'), /Datum der Angabe/);
  });
});
