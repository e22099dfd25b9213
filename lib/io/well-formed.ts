/**
 * Text that is not well-formed UTF-16 (a lone surrogate, half of a pair) cannot be written as
 * UTF-8: an export would turn it into U+FFFD and the round trip would not be exact. Imports
 * refuse such text (`brokenTextFields`); text taken from a web page is normalised instead
 * (`wellFormedStrings`), since the page, not the reader, broke it.
 */

/** The fields of a record whose text is not well-formed. */
export function brokenTextFields(record: unknown): string[] {
  if (!record || typeof record !== 'object') return [];
  return Object.entries(record)
    .filter(([, v]) => typeof v === 'string' && !v.isWellFormed())
    .map(([k]) => k);
}

/** The record with every lone surrogate of its text replaced by U+FFFD. */
export function wellFormedStrings(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = typeof v === 'string' ? v.toWellFormed() : v;
  return out;
}
