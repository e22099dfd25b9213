/**
 * Helpers for writing lexicons compactly. Lists are '|'-separated; a word may carry its endings
 * in parentheses: "солдат(|а|ы|ов)" is солдат, солдата, солдаты, солдатов. A phrase with several
 * such words gives every combination.
 */

/** Splits at '|' outside parentheses. */
function top(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((w) => w.trim()).filter(Boolean);
}

function forms(word: string): string[] {
  const open = word.indexOf('(');
  const close = open < 0 ? -1 : word.indexOf(')', open);
  // a parenthesis that opens no endings is a word of its own
  if (close < 0) return [word];
  const stem = word.slice(0, open);
  const rest = word.slice(close + 1);
  const out: string[] = [];
  for (const end of word.slice(open + 1, close).split('|'))
    for (const r of forms(rest)) out.push(stem + end + r);
  return out;
}

/** Every word or phrase a list spells out. */
export function expand(spec: string): string[] {
  const out: string[] = [];
  for (const entry of top(spec)) {
    let acc = [''];
    for (const w of entry.split(' ').filter(Boolean)) {
      const next: string[] = [];
      for (const a of acc) for (const f of forms(w)) next.push(a ? `${a} ${f}` : f);
      acc = next;
    }
    out.push(...acc);
  }
  return out;
}

export const wordSet = (spec: string): ReadonlySet<string> => new Set(expand(spec));

/** { value: list } -> { word: value } */
export function wordTable<T>(entries: Readonly<Record<string, string>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [value, list] of Object.entries(entries)) for (const w of expand(list)) out[w] = value as T;
  return out;
}
