/**
 * False marks on real pages without war figures: each page of ../shared/pages listed below is read
 * as the content script reads it (html-page.ts: happy-dom and the content script's block walker),
 * and every figure found on it is a false mark. Prints the count per page and the total (target:
 * at most 3).
 */
import { readFileSync } from 'node:fs';
import { readHtmlPage } from './html-page';
import { sharedPath } from './shared-path';

/**
 * The pages with no casualty or troop figure, decided by reading them. Left out for having real
 * ones: bbc-1 (a cinema shooting, deaths by gun violence), buzzfeed-1 (the Nepal earthquake's toll
 * and drownings in its links), la-nacion (deaths in an armed conflict), liberation-1 (the Nepal
 * earthquake), wikipedia-2 (New Zealand's wars), yahoo-2 (a headline on Aleppo's dead).
 */
export const FIGURE_FREE_PAGES: readonly string[] = [
  'aclu',
  'archive-of-our-own',
  'blogger',
  'cnet',
  'daringfireball-1',
  'ebb-org',
  'ehow-2',
  'firefox-nightly-blog',
  'gitlab-blog',
  'google-sre-book-1',
  'herald-sun-1',
  'iab-1',
  'lifehacker-working',
  'medicalnewstoday',
  'medium-2',
  'mercurial',
  'nytimes-2',
  'nytimes-4',
  'pixnet',
  'quanta-1',
  'salon-1',
  'simplyfound-1',
  'theverge',
  'topicseed-1',
  'v8-blog',
  'webmd-1',
  'wikia',
  'wikipedia-4',
  'wordpress',
  'yahoo-4',
];

/** Reads every figure-free page and prints what was marked on each; returns the total. */
export async function evalPages(): Promise<number> {
  let total = 0;
  console.log(
    `false marks on ${FIGURE_FREE_PAGES.length} figure-free pages of ../shared/pages (target <= 3)`,
  );
  for (const name of FIGURE_FREE_PAGES) {
    const html = readFileSync(sharedPath('pages', `${name}.html`), 'utf8');
    const { text, figures } = await readHtmlPage(html);
    total += figures.length;
    const marks = figures.map((f) => `"${text.slice(f.start, f.end)}" ${f.metric}`).join(', ');
    console.log(`  ${name.padEnd(22)} ${String(figures.length).padStart(3)}${marks ? `  ${marks}` : ''}`);
  }
  console.log(`total ${total}${total > 3 ? ' (over the target of 3)' : ''}`);
  return total;
}
