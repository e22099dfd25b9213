import type { Claim } from '../lib/claims/claim';
import type { FieldError } from '../lib/claims/validate';
import { t } from '../lib/i18n';
import { MessageRefused } from '../lib/messages/send';

type Send = (draft: Record<string, unknown>) => Promise<{ claim?: Claim; errors: FieldError[] }>;

const TRIES = 3;
const WAIT_MS = 400;

/**
 * A claim id made in the page for one "Save to history" form: the background stores a draft with
 * the same id once, so a save whose answer was lost can be sent again. From `getRandomValues`,
 * which (unlike `randomUUID`) every page has, secure or not.
 */
export function draftId(crypto: Crypto = globalThis.crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sends a draft (which carries its `draftId`) to be saved. When the background cannot be reached
 * or its answer is lost (its service worker stopped mid-save), the same draft is sent again: the
 * background answers a draft it already stored with that claim, so the reader is told the truth
 * and nothing is stored twice. When no try gets an answer, the error says so in the reader's words.
 */
export async function saveDraft(
  send: Send,
  draft: Record<string, unknown>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((ok) => setTimeout(ok, ms)),
): Promise<{ saved: boolean; errors: FieldError[] }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { claim, errors } = await send(draft);
      return { saved: Boolean(claim), errors };
    } catch (error) {
      // no answer: the background was not reached, or its answer was lost on the way
      if (!(error instanceof MessageRefused && error.reason === 'noAnswer')) throw error;
      if (attempt >= TRIES) throw new Error(t('saveUnconfirmed'));
      await wait(WAIT_MS * attempt);
    }
  }
}
