// Every real saved page of ../shared/pages: the extension breaks nothing, changes nothing but the
// marks, marks figures only where the page speaks of casualties or troops, and never a footnote
// mark or a number glued to a word.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchPlain, launchWithExtension, root } from './browser.mjs';
import { popoverOf } from './popover.mjs';
import { startServer } from './serve.mjs';

const dir = join(root, '../shared/pages');
const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
if (pages.length === 0)
  console.log(
    `# ../shared/pages is not here (${dir}): the real-page tests need the Claimline workplace's shared/ folder`,
  );

/** Pages that state casualty or troop figures, with a figure each must show. */
const KNOWN = { 'wikipedia-4.html': 1, 'bbc-1.html': 1 };
/** What a page must speak of for a popover there to name a subject: the subject's war. */
const WAR_OF_SUBJECT = {
  'north-korean-troops-russia-ukraine': /Ukrain|Kursk|Russia/i,
  'russian-military-losses-ukraine-war': /Ukrain|Kyiv|Kiev|Donbas/i,
  'ukrainian-military-losses-ukraine-war': /Ukrain|Kyiv|Kiev/i,
  'civilian-casualties-ukraine': /Ukrain|Kyiv|Kiev/i,
  'gaza-war-casualties': /Gaza|Hamas/i,
  'israeli-soldiers-killed-gaza-war': /Gaza|Hamas/i,
  'sudan-war-death-toll': /Sudan|Darfur|Khartoum/i,
};
/** Pages about wars the history does not follow: no popover there names a subject. */
const NO_SUBJECT = ['yahoo-2.html'];
// English and the other languages Claimline reads (the saved pages include French and Spanish news)
const CASUALTY_WORDS =
  /(?:^|[^\p{L}])(killed|dead|died|deaths?|wounded|injured|casualt\p{L}*|troops|soldiers|captured|prisoners|missing|tu[ée]e?s?|morts?|bless[ée]e?s?|soldats|militaires|muert[oa]s|muertes?|herid[oa]s|soldados|getötet|verwundet|soldaten|погиб\p{L}*|ранен\p{L}*|загину\p{L}*|поранен\p{L}*)(?!\p{L})/iu;

describe('real saved pages', { skip: pages.length === 0 }, () => {
  let server;
  let browser;
  let plain;
  before(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    plain = await launchPlain();
  });
  after(async () => {
    await browser?.close();
    await plain?.close();
    await server?.close();
  });

  /** The page's body as Chromium builds it without Claimline (the page's scripts are off: see serve.mjs). */
  async function withoutExtension(url) {
    const page = await plain.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const html = await page.evaluate(() => document.body.innerHTML);
    await page.close();
    return html;
  }

  /**
   * Every mark's context, asked of the background as the popup's "This page" asks it (one batched
   * message through the content script): each loads, or the answer says why not; a named subject
   * is one whose war the page speaks of. Then the first mark's popover itself loads or says why.
   */
  async function checkContexts(page, name, text) {
    await page.bringToFront();
    const answer = await browser.worker
      .evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab.id, { type: 'page/figures', payload: {} });
      })
      .then((result) => result.data);
    assert.equal(answer.contextError, undefined, `${name}: ${JSON.stringify(answer.contextError)}`);
    for (const f of answer.figures) {
      assert.ok(
        f.context && typeof f.context.summary.kind === 'string',
        `${name}: "${f.figure.text}" has its history`,
      );
      const subject = f.context.subject?.id;
      if (!subject) continue;
      assert.ok(!NO_SUBJECT.includes(name), `${name}: "${f.figure.text}" is under ${subject}`);
      assert.match(`${await page.title()} ${text}`, WAR_OF_SUBJECT[subject], `${name}: ${subject}`);
    }
    // from the keyboard: a mark inside a headline's link would follow the link when clicked
    await page.locator('claimline-mark').first().focus();
    await page.keyboard.press('Enter');
    const popover = popoverOf(page);
    await popover.waitFor((root) => root.querySelector('.summary, .error'));
    const error = await popover.evaluate((root) => root.querySelector('.error')?.textContent ?? null);
    if (error !== null) assert.ok(error.length > 30, 'the error says why');
    await page.keyboard.press('Escape');
  }

  for (const name of pages) {
    test(name, async () => {
      const page = await browser.context.newPage();
      const problems = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /claimline/i.test(m.text())) problems.push(m.text());
      });
      const url = `${server.url}/shared-pages/${name}`;
      const original = await withoutExtension(url);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(1_500); // the content script runs at document_idle, then in chunks
      const result = await page.evaluate((original) => {
        const live = document.body.cloneNode(true);
        for (const m of live.querySelectorAll('claimline-mark')) m.replaceWith(...m.childNodes);
        return {
          same: live.innerHTML === original,
          marks: [...document.querySelectorAll('claimline-mark')].map(
            (m) => m.closest('p, li, td, div')?.textContent ?? '',
          ),
          // each mark with the character just before and after it in the page's text
          around: [...document.querySelectorAll('claimline-mark')].map((m) => {
            const block = m.closest('p, li, td, div, h1, h2, h3, h4, h5, h6, body');
            const range = document.createRange();
            range.selectNodeContents(block);
            range.setEndBefore(m);
            const before = range.toString();
            range.selectNodeContents(block);
            range.setStartAfter(m);
            const after = range.toString();
            return `${before.slice(-1)}[${m.textContent}]${after.slice(0, 1)}`;
          }),
          text: document.body.textContent,
        };
      }, original);
      assert.ok(result.same, 'the page is exactly as it was, apart from the marks');
      assert.deepEqual(problems, []);
      if (KNOWN[name]) assert.ok(result.marks.length >= KNOWN[name], `${name} states a figure`);
      // never a footnote mark ("1933.[30]") nor a number glued to a word ("mia826")
      for (const a of result.around) {
        assert.ok(!/^\[\[.*\]\]$/.test(a), `a footnote mark is no figure: ${a}`);
        assert.ok(!/^\p{L}\[\d/u.test(a), `a number glued to a word is no figure: ${a}`);
      }
      if (!CASUALTY_WORDS.test(result.text))
        assert.deepEqual(result.marks, [], 'no figure on a page without casualty words');
      if (result.marks.length > 0) await checkContexts(page, name, result.text);
      await page.close();
    });
  }
});
