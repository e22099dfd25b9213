const MAX = 600;

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
    // . ! ? followed by space ends a sentence; a decimal point or "U.S." does not
    if (
      (c === 46 || c === 33 || c === 63) &&
      /\s/.test(text[from] ?? '') &&
      !/[A-Z]\.$/.test(text.slice(from - 3, from))
    )
      break;
    from--;
  }
  let to = end;
  const ceil = Math.min(text.length, end + MAX);
  while (to < ceil) {
    const c = text.charCodeAt(to);
    to++;
    if ((c === 46 || c === 33 || c === 63) && (to >= text.length || /\s/.test(text[to] ?? ''))) break;
  }
  const raw = text.slice(from, to);
  const sentence = raw.trim();
  return { sentence, start: from + raw.indexOf(sentence) };
}
