// Real text for the extraction bench, read at run time from ../shared (never copied into the
// project): the passages of the dev corpus (war news with casualty and troop figures) dealt among
// the text blocks of the saved real pages (ordinary prose, most of it without figures), read as the
// content script reads a page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readHtmlBlocks } from '../html-page';
import { repoRoot } from '../shared-path';

export interface RealText {
  text: string;
  /** characters of corpus passages in `text`, and of page prose */
  newsChars: number;
  proseChars: number;
  passages: number;
  pages: number;
}

/**
 * The files the real text is read from, or null after saying on stderr which of them is missing
 * (../shared is only present in the Claimline workplace and CI).
 */
function sources(): { corpus: string; pages: string[] } | null {
  const shared = resolve(repoRoot, '..', 'shared');
  const corpus = join(shared, 'corpus', 'dev.jsonl');
  const dir = join(shared, 'pages');
  const missing = [corpus, dir].filter((p) => !existsSync(p));
  const pages = missing.length === 0 ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  if (missing.length === 0 && pages.length === 0) missing.push(join(dir, '*.html'));
  if (missing.length === 0) return { corpus, pages: pages.sort().map((f) => join(dir, f)) };
  for (const p of missing) console.error(`extract bench: missing ${p}`);
  console.error(
    'The real-text bench reads the dev corpus and the saved pages of ../shared (present in the Claimline workplace and CI only).',
  );
  return null;
}

/** What the real text is made of: the corpus's passages and the text blocks of each saved page. */
export interface RealSources {
  passages: { lang: string; text: string }[];
  pages: string[][];
}

/** Reads the corpus and the saved pages (a few seconds: every page is parsed as a browser would). Null when ../shared is missing (said on stderr). */
export async function readRealSources(): Promise<RealSources | null> {
  const from = sources();
  if (!from) return null;
  const passages = readFileSync(from.corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { lang: string; text: string });
  const pages: string[][] = [];
  for (const file of from.pages) pages.push((await readHtmlBlocks(readFileSync(file, 'utf8'))).blocks);
  if (pages.every((p) => p.length === 0)) {
    console.error('extract bench: the saved pages of ../shared/pages have no text');
    return null;
  }
  return { passages, pages };
}

/**
 * About `bytes` characters of real text, blocks joined by blank lines as the content script's
 * blocks are: the pages' blocks in file order, with a corpus passage (of language `lang`, or of
 * any) put after a block whenever passages make up less than `newsShare` of the text so far; pages
 * and passages start over until the text is long enough.
 */
export function realText(from: RealSources, bytes: number, lang: string | null, newsShare: number): RealText {
  const passages = from.passages.filter((p) => lang === null || p.lang === lang).map((p) => p.text);
  const parts: string[] = [];
  let size = 0;
  let news = 0;
  let next = 0;
  fill: for (;;)
    for (const blocks of from.pages)
      for (const block of blocks) {
        if (size >= bytes) break fill;
        parts.push(block);
        size += block.length + 2;
        while (news < newsShare * size && passages.length > 0) {
          const p = passages[next++ % passages.length] as string;
          parts.push(p);
          size += p.length + 2;
          news += p.length + 2;
        }
      }
  return {
    text: parts.join('\n\n'),
    newsChars: news,
    proseChars: size - news,
    passages: passages.length,
    pages: from.pages.length,
  };
}
