/**
 * An HTML file read as the content script reads a page: parsed by a DOM (happy-dom), so every
 * entity, comment and element is what a browser makes of it, and walked block by block with the
 * content script's own walker (content/text-blocks.ts: no scripts, styles, code or form fields, no
 * hidden or editable content, a source line break inside a paragraph as a space), long blocks cut
 * as the scanner cuts them, with one document state (`createDiscourse`) in document order.
 */
import { Window } from 'happy-dom';
import { articleDate } from '../content/article-date';
import { pageLanguages } from '../content/page-languages';
import { pageText } from '../content/page-text';
import { windowsOf } from '../content/scanner';
import { PAUSE, walkTextBlocks } from '../content/text-blocks';
import { createDiscourse, extractFigures } from '../lib/extract/all-languages';
import { LANGUAGES } from '../lib/extract/languages';
import type { Figure } from '../lib/extract/types';

/** What is read of a page: its text (blocks one after another, a blank line between) and the figures in it. */
export interface PageReading {
  text: string;
  figures: Figure[];
  /** the day the page says it was published (its metadata), when it says */
  date: string | null;
}

/** The blocks of an HTML document as the content script walks them, and the day it says it was published. */
export interface PageBlocks {
  blocks: string[];
  date: string | null;
  /** the languages besides English the content script loads for it (content/page-languages.ts) */
  langs: string[];
  /** its whole text as the content script first looks at it (content/page-text.ts) */
  text: string;
}

/** Reads the text blocks of an HTML document, in document order, as the content script walks them. */
export async function readHtmlBlocks(html: string): Promise<PageBlocks> {
  // a page's links (stylesheets, preloads) are never fetched: every request is answered here, empty
  const window = new Window({
    url: 'https://page.invalid/',
    settings: {
      disableJavaScriptFileLoading: true,
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 404 }),
          beforeSyncRequest: ({ request, window: w }) => ({
            status: 404,
            statusText: 'Not Found',
            ok: false,
            url: request.url,
            redirected: false,
            headers: new w.Headers(),
            body: null,
          }),
        },
      },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const blocks: string[] = [];
    // without a pause function the walker never yields PAUSE; the check keeps the types honest
    for (const block of walkTextBlocks(doc.body ?? doc)) if (block !== PAUSE) blocks.push(block.text);
    return {
      blocks,
      date: articleDate(doc),
      langs: pageLanguages(doc, LANGUAGES),
      text: pageText(doc.body ?? doc),
    };
  } finally {
    await window.happyDOM.close();
  }
}

/** Reads the figures of an HTML document; their offsets are into `text`. */
export async function readHtmlPage(
  html: string,
  options: { lang?: string; date?: string } = {},
): Promise<PageReading> {
  const page = await readHtmlBlocks(html);
  const date = options.date ?? page.date ?? undefined;
  const discourse = createDiscourse();
  const figures: Figure[] = [];
  let text = '';
  for (const block of page.blocks) {
    const at = text.length === 0 ? 0 : text.length + 2;
    text = text.length === 0 ? block : `${text}\n\n${block}`;
    for (const [from, to] of windowsOf(block)) {
      const found = extractFigures(block.slice(from, to), { lang: options.lang, date, discourse });
      for (const f of found) figures.push({ ...f, start: f.start + from + at, end: f.end + from + at });
    }
  }
  return { text, figures, date: date ?? null };
}
