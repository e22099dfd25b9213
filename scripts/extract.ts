/**
 * Command line of the extraction engine (../shared/DESIGN.md):
 *   npm run --silent extract -- --jsonl   stdin lines {"id","text","lang"?,"date"?} -> {"id","figures":[...]}
 *   npm run --silent extract -- FILE      text or HTML file -> its figures as JSON
 * `--lang xx` gives the language, `--date YYYY-MM-DD` the article's date (an HTML file's own
 * datePublished or article:published_time otherwise), against which claim dates are read.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createDiscourse, extractFigures } from '../lib/extract/all-languages';

async function jsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    process.stdout.write(`${JSON.stringify(answer(line))}\n`);
  }
}

function answer(line: string): object {
  let input: unknown;
  if (!line.trim()) return { id: null, error: 'empty line' };
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { id: null, error: 'not an object' };
  const { id, text, lang, date } = input as Record<string, unknown>;
  if (typeof text !== 'string') return { id: null, error: 'missing string "text"' };
  if (lang != null && typeof lang !== 'string') return { id: null, error: '"lang" must be a string' };
  if (date != null && !isDay(date)) return { id: id ?? null, error: '"date" must be a day YYYY-MM-DD' };
  try {
    const options = { lang: lang ?? undefined, date: date ?? undefined };
    return { id: id ?? null, figures: extractFigures(text, options) };
  } catch (e) {
    return { id: null, error: `extraction failed: ${(e as Error).message}` };
  }
}

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function file(path: string, lang: string | undefined, date: string | undefined): void {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`cannot read ${path}: ${(e as Error).message}`);
    process.exit(1);
  }
  const html =
    /\.x?html?$/i.test(path) || /^\s*<(!doctype|html|body|div|p|article)\b/i.test(raw.slice(0, 200));
  const text = html ? htmlToText(raw) : raw;
  const day = date ?? (html ? publishedDay(raw) : undefined);
  // one document: what a paragraph names, a later one may point back to
  console.log(
    JSON.stringify(extractFigures(text, { lang, date: day, discourse: createDiscourse() }), null, 2),
  );
}

/** The day an HTML page says it was published (JSON-LD datePublished, article:published_time), as the content script reads it. */
function publishedDay(html: string): string | undefined {
  const found =
    /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(html) ??
    /<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|pubdate|date)["'][^>]*content=["'](\d{4}-\d{2}-\d{2})/i.exec(
      html,
    );
  return found?.[1];
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  thinsp: '\u2009',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  euro: '€',
  pound: '£',
  deg: '°',
  shy: '',
};
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'figcaption',
  'title',
]);

/**
 * Plain text of an HTML document as a browser shows it: no tags, scripts, styles or comments;
 * entities decoded; blocks on their own lines, without indentation; runs of spaces and line breaks
 * of the source one space, except inside <pre>, whose lines stay lines (their indentation goes too:
 * an indented line would read as the rest of the line before it).
 */
function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  let pre = 0;
  const lower = html.toLowerCase();
  const text = (raw: string): string => (pre > 0 ? decode(raw) : decode(raw.replace(/[ \t\n\r\f]+/g, ' ')));
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += text(html.slice(i));
      break;
    }
    out += text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const name = (lower.slice(lt + 1, gt).match(/^\/?([a-z0-9]+)/)?.[1] ?? '').toLowerCase();
    i = gt + 1;
    if ((name === 'script' || name === 'style' || name === 'noscript') && lower[lt + 1] !== '/') {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : lower.indexOf('>', close) + 1 || html.length;
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (lower[lt + 1] === '/' ? -1 : 1));
    if (BLOCK.has(name)) out += '\n';
  }
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** The value of `--name VALUE`, and the arguments without it. */
function option(args: string[], name: string): [string | undefined, string[]] {
  const at = args.indexOf(name);
  return at < 0 ? [undefined, args] : [args[at + 1], args.filter((_, i) => i !== at && i !== at + 1)];
}

const [lang, afterLang] = option(process.argv.slice(2), '--lang');
const [date, rest] = option(afterLang, '--date');
if (date !== undefined && !isDay(date)) {
  console.error(`--date must be a day YYYY-MM-DD, not ${date}`);
  process.exit(2);
}
if (rest[0] === '--jsonl') await jsonl();
else if (rest[0]) file(rest[0], lang, date);
else {
  console.error(
    'usage: npm run --silent extract -- --jsonl  |  npm run --silent extract -- FILE [--lang en] [--date YYYY-MM-DD]',
  );
  process.exit(2);
}
