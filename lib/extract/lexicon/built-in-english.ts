import { lexiconFromSpec } from './compile';
import { EN_SPEC } from './en';
import { setDefaultLexicon } from './registry';

/**
 * Makes English the lexicon read when no other is registered, compiled on first use: for the
 * command line, the evaluation scripts and tests. The content script does not import it (the
 * background sends English to the page like the other languages).
 */
export function useBuiltInEnglish(): void {
  setDefaultLexicon(() => lexiconFromSpec(EN_SPEC));
}
