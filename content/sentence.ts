const MAX = 600;

let months: Set<string> | null = null;

/**
 * Whether the stop at `dot` is a day's ordinal before a month ("am 9. Januar", as German writes
 * dates), not a sentence end. The month names come from Intl, built on first use.
 */
function ordinalDay(text: string, dot: number): boolean {
  let digits = 0;
  while (digits < 3 && /\d/.test(text[dot - 1 - digits] ?? '')) digits++;
  if (digits === 0 || digits > 2) return false;
  const word = /^\s+(\p{L}+)/u.exec(text.slice(dot + 1, dot + 20))?.[1];
  if (!word) return false;
  months ??= new Set(
    Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' })
        .format(Date.UTC(2000, m, 1))
        .toLowerCase(),
    ),
  );
  return months.has(word.toLowerCase());
}

/**
 * The sentence around [start, end) in `text`: from the previous sentence end to the next one,
 * capped at a few hundred characters either side so a page without full stops stays cheap.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  return sentenceAt(text, start, end).sentence;
}

/** `sentenceAround`, with where the sentence starts in `text`. */
export function sentenceAt(text: string, start: number, end: number): { sentence: string; start: number } {
  let from = start;
  const floor = Math.max(0, start - MAX);
  while (from > floor) {
    const c = text.charCodeAt(from - 1);
    // . ! ? followed by space ends a sentence; a decimal point, "U.S." or "9. Januar" does not
    if (
      (c === 46 || c === 33 || c === 63) &&
      /\s/.test(text[from] ?? '') &&
      !/[A-Z]\.$/.test(text.slice(from - 3, from)) &&
      !(c === 46 && ordinalDay(text, from - 1))
    )
      break;
    from--;
  }
  let to = end;
  const ceil = Math.min(text.length, end + MAX);
  while (to < ceil) {
    const c = text.charCodeAt(to);
    to++;
    if (
      (c === 46 || c === 33 || c === 63) &&
      (to >= text.length || /\s/.test(text[to] ?? '')) &&
      !(c === 46 && ordinalDay(text, to - 1))
    )
      break;
  }
  const raw = text.slice(from, to);
  const sentence = raw.trim();
  return { sentence, start: from + raw.indexOf(sentence) };
}
