import { lexiconFromSpec } from './compile';
import { EN_SPEC } from './en';
import { setParties } from './parties';
import { PARTY_LIST } from './party-list';
import { setDefaultLexicon } from './registry';

/**
 * Makes English the lexicon read when no other is registered (compiled on first use) and sets the
 * parties: for the command line, the evaluation scripts and tests. The content script does not
 * import it (the background sends English and the parties to the page like the other languages).
 */
export function useBuiltInEnglish(): void {
  setParties(PARTY_LIST);
  setDefaultLexicon(() => lexiconFromSpec(EN_SPEC));
}
