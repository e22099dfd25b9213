// The field's own formats saved as claims in real Chromium: a fact-check page's schema.org
// ClaimReview JSON-LD (plain, in an @graph, beside a malformed block) offered in the popup's
// "This page", confirmed in the claim form and stored with its review; a UCDP GED CSV imported
// after its column mapping is shown.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { FACT_CHECK_PAGES } from './fact-check-pages.mjs';
import { extensionSession } from './session.mjs';
import { storedClaims } from './stored-claims.mjs';

const SEEDED = 148;

describe('ClaimReview and UCDP GED saved as claims', () => {
  const session = extensionSession();
  let popup;
  const errors = [];
  before(async () => {
    popup = await session.browser.context.newPage();
    popup.on('pageerror', (e) => errors.push(`popup: ${e.message}`));
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.locator('.count', { hasText: `${SEEDED} claims` }).waitFor({ timeout: 15_000 });
  });

  /**
   * Opens the fact-check page `name` (served at /pages/`name` from FACT_CHECK_PAGES) and the
   * popup's "This page" beside it, as the reader does; resolves to its section.
   */
  async function thisPage(name) {
    const article = await session.browser.context.newPage();
    article.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    const url = session.url(`/pages/${name}`);
    await article.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: FACT_CHECK_PAGES[name] }),
    );
    await article.goto(url);
    await popup.getByRole('tab', { name: 'Claims' }).click();
    await article.bringToFront();
    await popup.getByRole('tab', { name: 'This page' }).click();
    const section = popup.locator('.this-page');
    await section.waitFor({ timeout: 15_000 });
    return { article, section };
  }

  /** The reviews listed under "Fact checks on this page", one text per row. */
  async function reviewRows(section) {
    const reviews = section.getByRole('region', { name: 'Fact checks on this page' });
    await reviews.waitFor({ timeout: 10_000 });
    return reviews.locator('li').allTextContents();
  }

  /** Save on the review of `claimant`, then Save in the claim form the reader checks; the stored claim. */
  async function saveReview(section, claimant, check = async () => {}) {
    await section.getByRole('button', { name: `Save the claim of ${claimant} to the history` }).click();
    const form = popup.getByRole('form', { name: 'Add claim' });
    await form.waitFor();
    await check(form);
    const before = (await storedClaims(popup)).length;
    await form.getByRole('button', { name: 'Save' }).click();
    await popup.locator('.count', { hasText: `${(before + 1).toLocaleString('en')} claims` }).waitFor();
    const saved = (await storedClaims(popup)).filter((c) => c.claimedBy === claimant);
    assert.equal(saved.length, 1, `one claim of ${claimant}`);
    return saved[0];
  }

  test('a plain ClaimReview: listed with its number, confirmed, saved with claimant, date, appearance and review', async () => {
    const { article, section } = await thisPage('fact-check.html');
    const rows = await reviewRows(section);
    assert.equal(rows.length, 1, rows.join(' | '));
    assert.match(rows[0], /1,500 killed/);
    assert.match(rows[0], /Examplian Defence Ministry · 4 Mar 2026 · rated “Misleading” by Example Check/);
    const claim = await saveReview(section, 'Examplian Defence Ministry', async (form) => {
      // what the reader confirms: the number read from the claim's words, and the review
      assert.equal(await form.getByLabel('Low', { exact: true }).inputValue(), '1500');
      assert.equal(await form.getByLabel('High', { exact: true }).inputValue(), '1500');
      assert.equal(await form.getByLabel('Fact-checked by').inputValue(), 'Example Check');
      assert.equal(await form.getByLabel('Fact-check rating').inputValue(), 'Misleading');
    });
    assert.deepEqual(
      {
        low: claim.low,
        high: claim.high,
        metric: claim.metric,
        claimDate: claim.claimDate,
        sourceUrl: claim.sourceUrl,
        reviewedBy: claim.reviewedBy,
        reviewRating: claim.reviewRating,
        reviewUrl: claim.reviewUrl,
      },
      {
        low: 1500,
        high: 1500,
        metric: 'killed',
        claimDate: '2026-03-04',
        sourceUrl: 'https://news.example.com/ministry-briefing',
        reviewedBy: 'Example Check',
        reviewRating: 'Misleading',
        reviewUrl: 'https://check.example.org/checks/river-crossing',
      },
    );
    assert.match(claim.quote, /1,500 enemy soldiers were killed/);
    // the claim list says who checked it
    await popup.getByLabel('Search claims').fill('examplian defence ministry');
    await popup.locator('.claim-row').filter({ hasText: 'rated “Misleading” by Example Check' }).waitFor();
    await popup.getByLabel('Search claims').fill('');
    await article.close();
  });

  test('an @graph with two ClaimReviews: both listed with their numbers, each saved as its own claim', async () => {
    const { article, section } = await thisPage('fact-check-graph.html');
    const rows = await reviewRows(section);
    assert.equal(rows.length, 2, rows.join(' | '));
    assert.match(rows[0], /300 killed/);
    assert.match(rows[0], /Governor Ana Example · 10 Feb 2026 · rated “False” by Example Check/);
    assert.match(rows[1], /12,000 troops/);
    assert.match(rows[1], /Examplian General Staff · 8 Feb 2026 · rated “True” by Example Check/);
    const governor = await saveReview(section, 'Governor Ana Example');
    assert.deepEqual(
      [governor.low, governor.high, governor.qualifier, governor.claimDate, governor.sourceUrl],
      [300, null, 'moreThan', '2026-02-10', 'https://radio.example.net/governor-interview'],
    );
    assert.deepEqual(
      [governor.reviewedBy, governor.reviewRating, governor.reviewUrl],
      ['Example Check', 'False', 'https://check.example.org/checks/northern-offensive#market'],
    );
    // back to the page for the second review
    await article.bringToFront();
    await popup.getByRole('tab', { name: 'This page' }).click();
    const staff = await saveReview(popup.locator('.this-page'), 'Examplian General Staff');
    assert.deepEqual(
      [staff.low, staff.metric, staff.claimDate, staff.sourceUrl],
      [12000, 'deployed', '2026-02-08', 'https://staff.example.gov/statement-8'],
    );
    assert.deepEqual(
      [staff.reviewedBy, staff.reviewRating, staff.reviewUrl],
      ['Example Check', 'True', 'https://check.example.org/checks/northern-offensive#border'],
    );
    await article.close();
  });

  test('a malformed JSON-LD block is skipped without a word to the reader; the good block and the figures stay', async () => {
    const { article, section } = await thisPage('fact-check-malformed.html');
    const rows = await reviewRows(section);
    assert.equal(rows.length, 1, rows.join(' | '));
    assert.match(rows[0], /90 killed/);
    assert.match(rows[0], /Commander Example Militia · 30 Mar 2026 · rated “Unproven” by Example Check/);
    // the page's own figures are listed as on any page, and nothing says something went wrong
    await section.getByText('2 figures on this page').waitFor();
    assert.equal(await popup.getByRole('alert').count(), 0);
    assert.equal(await section.locator('.error').count(), 0);
    const claim = await saveReview(section, 'Commander Example Militia');
    assert.deepEqual(
      [claim.low, claim.claimDate, claim.sourceUrl, claim.reviewedBy, claim.reviewRating, claim.reviewUrl],
      [
        90,
        '2026-03-30',
        'https://video.example.com/commander-statement',
        'Example Check',
        'Unproven',
        'https://check.example.org/checks/base-attack',
      ],
    );
    await article.close();
  });

  test('a UCDP GED file: the mapping is shown, then its events are claims in the history', async () => {
    await popup.getByRole('tab', { name: 'Import / export' }).click();
    const ged = [
      'id,relid,conflict_name,side_a,side_b,source_office,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,country,where_description',
      '9001,EX-1,Examplia: Government,Government of Examplia,Northern Front,Example Wire,2026-03-02,2026-03-03,4,9,0,0,13,20,11,Examplia,Hill village',
      '9002,EX-2,Examplia: Government,Government of Examplia,Northern Front,Example Radio,2026-03-05,2026-03-05,0,0,7,0,7,7,7,Examplia,Market town',
    ].join('\n');
    const before = (await storedClaims(popup)).length;
    await popup.getByLabel('Import a file').setInputFiles({
      name: 'ged-examplia.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ged),
    });
    const summary = popup.getByRole('region', { name: 'Import summary' });
    await summary.waitFor();
    const mapping = popup.getByRole('table', { name: /UCDP GED/ });
    const table = await mapping.textContent();
    for (const column of ['conflict_name', 'source_office', 'date_end', 'low', 'high'])
      assert.ok(table.includes(column), `the mapping names ${column}: ${table}`);
    assert.match(await summary.locator('.summary').textContent(), /^2 new claims,/);
    await summary.getByRole('button', { name: 'Import 2 claims' }).click();
    await popup.locator('.count', { hasText: `${(before + 2).toLocaleString('en')} claims` }).waitFor();
    const ged9001 = (await storedClaims(popup)).find((c) => c.id === 'ucdp-ged:9001');
    const ged9002 = (await storedClaims(popup)).find((c) => c.id === 'ucdp-ged:9002');
    assert.ok(ged9001 && ged9002, 'both events stored');
    assert.deepEqual(
      [ged9001.low, ged9001.high, ged9001.best, ged9001.via, ged9001.claimDate, ged9001.periodStart],
      [11, 20, 13, 'Example Wire', '2026-03-03', '2026-03-02'],
    );
    assert.deepEqual(
      [ged9002.low, ged9002.high, ged9002.population, ged9002.place],
      [7, 7, 'civilian', 'Market town, Examplia'],
    );
    assert.match(ged9001.claimedBy, /UCDP/);
  });

  test('no page or popup error on the way', () => {
    assert.deepEqual(errors, []);
  });
});
