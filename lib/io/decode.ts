import { msg } from '../claims/fields';
import { type Failure, failure } from './rows';

/** Result of reading a file's bytes as text. */
export type Decoded = { ok: true; text: string } | Failure;

/**
 * Reads bytes as UTF-8, strictly: invalid UTF-8 is reported (with the byte offset of the first
 * bad sequence) instead of being replaced with U+FFFD. A byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = badByte(bytes);
    return failure(msg(`The file is not valid UTF-8 text (bad byte near offset ${at}).`, 'ioNotUtf8', at));
  }
}

/** Length of the longest prefix that is valid UTF-8 (a sequence may be cut at its end). */
function badByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest prefix that decodes (stopping mid-sequence is allowed with stream: true).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
