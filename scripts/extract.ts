/**
 * Command line of the extraction engine (../shared/DESIGN.md):
 *   npm run --silent extract -- --jsonl   stdin lines {"id","text","lang"?,"date"?} -> {"id","figures":[...]}
 *   npm run --silent extract -- FILE      text or HTML file -> its figures as JSON
 * An HTML file is read as the content script reads a page (html-page.ts); its figures' offsets are
 * into the text of its blocks, a blank line between. `--lang xx` gives the language (each
 * sentence is read in the language it looks like otherwise), `--date YYYY-MM-DD` the article's
 * date (an HTML page's own metadata otherwise), against which claim dates are read.
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

async function file(path: string, lang: string | undefined, date: string | undefined): Promise<void> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`cannot read ${path}: ${(e as Error).message}`);
    process.exit(1);
  }
  const html =
    /\.x?html?$/i.test(path) || /^\s*<(!doctype|html|body|div|p|article)\b/i.test(raw.slice(0, 200));
  if (html) {
    // read as the content script reads a page (the DOM only when it is needed: --jsonl never is)
    const { readHtmlPage } = await import('./html-page');
    console.log(JSON.stringify((await readHtmlPage(raw, { lang, date })).figures, null, 2));
    return;
  }
  // one document: what a paragraph names, a later one may point back to
  console.log(JSON.stringify(extractFigures(raw, { lang, date, discourse: createDiscourse() }), null, 2));
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
else if (rest[0]) await file(rest[0], lang, date);
else {
  console.error(
    'usage: npm run --silent extract -- --jsonl  |  npm run --silent extract -- FILE [--lang en] [--date YYYY-MM-DD]',
  );
  process.exit(2);
}
