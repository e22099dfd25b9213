// Pages that change their own text after Claimline marked it, editors, hidden places and text
// that keeps growing (Chromium; the same pages in Firefox: hostile-firefox.test.mjs). What the
// page shows must always be what the page itself wrote.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openPage, until } from './page-helpers.mjs';
import { markedFigures } from './popover.mjs';
import { extensionSession } from './session.mjs';

const session = extensionSession();

const open = (path) => openPage(session.browser.context, `${session.server.url}${path}`);

describe('a page whose script keeps rewriting its own text', () => {
  test('never shows old and new text side by side; the figures stay underlined', async () => {
    const { page, errors } = await open('/pages/hostile-live.html');
    await until(page, () => document.querySelectorAll('[data-claimline-mark]').length >= 5, null, 'marks');
    await page.evaluate(() => window.startUpdates(100));
    await until(page, () => window.updates >= 20, null, '20 updates');
    assert.deepEqual(await page.evaluate(() => window.garbled.slice(0, 3)), []);
    assert.deepEqual(errors, []);
    // the text the page keeps changing is underlined by a highlight, the rest still by marks
    await until(
      page,
      () => [...(CSS.highlights.get('claimline-figure') ?? [])].length > 0,
      null,
      'highlights',
    );
    // the highlight follows the counter: within a few updates of it at some look (a loaded
    // machine scans late, so one snapshot may fall between an update and its scan)
    await until(
      page,
      () => {
        const counter = Number(document.getElementById('counter').textContent.match(/\d+/)[0]);
        const lit = [...(CSS.highlights.get('claimline-figure') ?? [])].map((r) => Number(r.toString()));
        return lit.some((n) => Math.abs(n - counter) <= 3);
      },
      null,
      'a highlight on the counter',
    );
    assert.ok((await markedFigures(page)).includes('1,200'));
    await page.close();
  });
});

describe('editors and places whose text is left alone', () => {
  test('text typed into an editor, or pasted there with its marks, never carries a mark', async () => {
    const { page, errors } = await open('/pages/hostile-editors.html');
    await until(page, () => document.querySelectorAll('[data-claimline-mark]').length >= 2, null, 'marks');
    await page.click('#editor');
    await page.keyboard.type('Then 500 soldiers were killed near the river. ');
    await page.evaluate(() => window.pasteStory());
    await page.waitForTimeout(800); // a scan would have come by now (300 ms after the page settles)
    assert.equal(
      await page.evaluate(() => document.getElementById('editor').innerHTML),
      'Then 500 soldiers were killed near the river.&nbsp;',
    );
    assert.doesNotMatch(
      await page.evaluate(() => document.getElementById('paste-target').innerHTML),
      /claimline|data-/,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an article made editable gets its own HTML back at once', async () => {
    const { page } = await open('/pages/hostile-editors.html');
    await until(
      page,
      () => document.querySelectorAll('#article [data-claimline-mark]').length >= 2,
      null,
      'marks',
    );
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
    await page.close();
  });

  test('text a script adds to a chart label, a log, a button or a hidden region is not marked', async () => {
    const { page } = await open('/pages/hostile-editors.html');
    await until(page, () => document.querySelectorAll('[data-claimline-mark]').length >= 2, null, 'marks');
    await page.evaluate(() => window.addScriptText());
    await page.waitForTimeout(800);
    assert.deepEqual(await markedFigures(page), ['at least 300', '1,200']);
    assert.equal(
      await page.evaluate(() => document.getElementById('label').textContent),
      'Chart: 12 soldiers were killed',
    );
    await page.close();
  });
});

describe('a paragraph that keeps growing', () => {
  test('only its new text is read, its figures are marked, and it shows what it wrote', async () => {
    const { page, errors } = await open('/pages/hostile-growing.html');
    await until(page, () => performance.getEntriesByName('claimline:scan').length > 0, null, 'first scan');
    await page.evaluate(() => window.startStream(150));
    await until(page, () => window.chunks >= 150, null, '150 chunks written');
    const written = await until(
      page,
      () => {
        const marks = document.querySelectorAll('#stream [data-claimline-mark]').length;
        return marks >= window.chunks - 2 && window.written.length;
      },
      null,
      'a mark for every chunk',
    );
    const stats = await page.evaluate(() => ({
      read: performance.getEntriesByName('claimline:chars-read').at(-1).duration,
      longest: Math.max(...performance.getEntriesByName('claimline:longest-chunk').map((e) => e.duration)),
      text: document.getElementById('stream').textContent === window.written,
    }));
    assert.equal(stats.text, true, 'the paragraph shows exactly the text the page wrote');
    // read about once: a block that only grew is read again from its last sentence, not whole
    assert.ok(stats.read < written * 1.5, `${stats.read} characters read for ${written} written`);
    console.log(
      `# growing paragraph: ${written} characters, ${stats.read} read, longest chunk ${stats.longest.toFixed(1)} ms`,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
