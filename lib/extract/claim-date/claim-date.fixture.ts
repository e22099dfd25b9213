import { expect, it } from 'vitest';
import { readClaimDate } from './index';

/** The article date of the tables: Wednesday 30 April 2025. */
export const ARTICLE = '2025-04-30';

/** [sentence, the figure in it, its claim date with the article's date, without one (default null)] */
export type Row = [string, string, string | null, (string | null)?];

/** One test per row: the figure's claim date read with and without the article's date. */
export function dateTable(lang: string, rows: Row[], article = ARTICLE): void {
  it.each(rows)('%s', (text, figure, dated, undated = null) => {
    const start = text.indexOf(figure);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = { start, end: start + figure.length };
    expect(readClaimDate(text, span, { lang, date: article })).toBe(dated);
    expect(readClaimDate(text, span, { lang })).toBe(undated);
  });
}
