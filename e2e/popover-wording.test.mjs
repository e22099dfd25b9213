// The popover's words and chart in Chromium, as the reader hovers a figure: with nine claimants
// in the history the legend stays shorter than the chart it explains, each colour is used once
// ("and N others" for the rest), the claim rows' column of differences is headed in words, and
// no sentence doubles a word. A subject named inside a sentence keeps its capitals, in English and
// in German (whose nouns are capitalised).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { demoSession } from './demo-page.mjs';
import { popoverOf } from './popover.mjs';
import { startServer } from './serve.mjs';
import { putClaim, storedClaims } from './stored-claims.mjs';

const MORE = [
  'Northland Ministry of Defence',
  'Eastland General Staff',
  'Westland Observatory for Human Rights',
  'United Nations Monitoring Mission',
  'Border Region Governor',
  'Independent Casualty Count Project',
  'Northland Opposition Council',
];

describe('the popover with many claimants', () => {
  const demo = demoSession();
  before(async () => {
    const { worker } = demo.browser;
    const base = (await storedClaims(worker)).find(
      (c) => c.subject === 'north-korean-troops-russia-ukraine' && c.metric === 'killed',
    );
    assert.ok(base, 'the seed history has North Korean troops killed');
    for (const [i, claimedBy] of MORE.entries())
      await putClaim(worker, {
        ...base,
        id: `e2e-legend-${i}`,
        claimedBy,
        claimDate: `2025-0${1 + (i % 8)}-1${i}`,
        low: 150 * (i + 1),
        high: 150 * (i + 1),
        origin: 'manual',
      });
  });

  test('the legend is shorter than the chart, with one colour per name and "and N others"', async () => {
    const { page } = demo;
    await page.locator('claimline-mark', { hasText: /^approximately 600$/ }).hover();
    const popover = popoverOf(page);
    await popover.waitFor((root) => root.querySelector('.legend') && root.querySelector('.claims-head'), [], {
      timeout: 15_000,
    });
    const seen = await popover.evaluate((root) => {
      const chart = root.querySelector('.timeline svg').getBoundingClientRect();
      const legend = root.querySelector('.legend').getBoundingClientRect();
      return {
        chart: { width: chart.width, height: chart.height },
        legend: {
          height: legend.height,
          overflows: root.querySelector('.legend').scrollWidth > legend.width + 1,
        },
        items: [...root.querySelectorAll('.legend li')].map((li) => li.textContent),
        swatches: [...root.querySelectorAll('.legend .swatch')].map(
          (s) => getComputedStyle(s).backgroundColor,
        ),
        head: root.querySelector('.claims-head').textContent,
        changes: [...root.querySelectorAll('.claim .change')].map((c) => c.textContent),
        summary: root.querySelector('.summary').textContent,
      };
    });
    const others = seen.items.find((item) => /^and \d+ others$/.test(item));
    assert.ok(others, `the legend groups the rest: ${seen.items}`);
    assert.ok(seen.items.length <= 6, `at most five entries and "this figure": ${seen.items}`);
    assert.ok(
      seen.legend.height <= seen.chart.height && !seen.legend.overflows,
      `legend ${JSON.stringify(seen.legend)} within the chart ${JSON.stringify(seen.chart)}`,
    );
    assert.equal(new Set(seen.swatches).size, seen.swatches.length, `distinct colours: ${seen.swatches}`);
    assert.match(seen.head, /^Claim.*This figure: \+ more, − fewer$/);
    assert.ok(
      seen.changes.length > 0 && seen.changes.every((c) => /^[+−]\d|^same$/.test(c)),
      String(seen.changes),
    );
    assert.doesNotMatch(seen.summary, /\b(\w+) \1\b/i);
  });
});

/** Hovers the only figure of the German page in a browser of `locale` and reads the summary. */
async function summaryOf(locale) {
  const server = await startServer();
  const browser = await launchWithExtension({ locale });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/pages/no-history-de.html`);
    const mark = page.locator('claimline-mark', { hasText: 'mindestens 40' });
    await mark.waitFor({ timeout: 15_000 });
    await mark.hover();
    return await popoverOf(page).text('.summary');
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('a subject in a sentence keeps its capitals', () => {
  test('in a German browser, the nouns of the subject are capitalised and the sentence is German', async () => {
    assert.equal(
      await summaryOf('de-DE'),
      'Zum Thema „Nordkoreanische Truppen im Russland-Ukraine-Krieg“ gibt es noch keinen Verlauf (Vermisste).',
    );
  });
  test('in an English browser, the proper nouns keep their capitals', async () => {
    assert.equal(
      await summaryOf('en-US'),
      'There is no history yet for “North Korean troops in the Russia-Ukraine war” (missing).',
    );
  });
});
