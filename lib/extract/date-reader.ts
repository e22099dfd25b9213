/**
 * Where `extractFigures` gets the day a figure's claim was made. The reader (claim-date/, with
 * chrono-node and six languages of date words, ~120 KB) is registered by the full entry
 * (all-languages.ts: command line, evaluation, tests), never imported here: the content script
 * imports extract.ts and must not carry it. In the extension the background reads the date of the
 * sentence the content script sends (`readClaimDate`).
 */
export type DateReader = (
  text: string,
  span: { start: number; end: number },
  options: { lang?: string; date?: string | null },
) => string | null;

let registered: DateReader | null = null;

/** Makes `extractFigures` fill `claimDate` with this reader (null: no longer). */
export function registerDateReader(reader: DateReader | null): void {
  registered = reader;
}

/** The registered reader, or null. */
export const dateReader = (): DateReader | null => registered;
