import { addCorrection, loadCorrections } from '../lib/storage/corrections';
import type { StorageArea } from '../lib/storage/settings';
import { breaksAsSpaces } from './text-blocks';

/**
 * What identifies a figure the reader corrected: its text and its sentence, line breaks read as
 * spaces as the page reader reads them (one for one, so signatures stored before pages were read
 * so still match).
 */
export function correctionSignature(figureText: string, sentence: string): string {
  return breaksAsSpaces(`${figureText}|${sentence.slice(0, 160)}`);
}

/** The reader's corrections of one page: loaded once, each new one kept here and in storage. */
export interface PageCorrections {
  has(figureText: string, sentence: string): boolean;
  /** Remembers a correction; resolves once storage has it (an undo waits for that). */
  add(figureText: string, sentence: string): Promise<void>;
  /** Forgets a correction on this page until it is read again (the undo's storage side is the popover's). */
  forget(figureText: string, sentence: string): void;
}

/** Loads the corrections of the page at `pageUrl` (none when storage cannot be read). */
export async function pageCorrections(pageUrl: string, area?: StorageArea): Promise<PageCorrections> {
  const stored = await loadCorrections(pageUrl, area).catch(() => new Set<string>());
  const signatures = new Set([...stored].map(breaksAsSpaces));
  return {
    has: (figureText, sentence) => signatures.has(correctionSignature(figureText, sentence)),
    add: (figureText, sentence) => {
      const signature = correctionSignature(figureText, sentence);
      signatures.add(signature);
      return addCorrection(pageUrl, signature, area).catch((e) =>
        console.warn('[claimline] correction not saved', e),
      );
    },
    forget: (figureText, sentence) => void signatures.delete(correctionSignature(figureText, sentence)),
  };
}
