import type { Claim } from '../../lib/claims/claim';
import { METRICS, QUALIFIERS } from '../../lib/extract/types';
import { type LabelSet, labelOrNull } from '../../lib/wording/labels';
import { fold } from '../../lib/wording/party-choices';
import { partyLabel } from '../../lib/wording/party-label';

/** The word sets a row's metric and qualifier are shown in: the figure's, the sentences', the menus'. */
const METRIC_SETS: readonly LabelSet[] = ['metric', 'cmpMetric', 'optMetric'];
const QUALIFIER_SETS: readonly LabelSet[] = ['qualifier', 'qualifierName', 'optQualifier'];

const wordsOf = (sets: readonly LabelSet[], value: string) =>
  sets.map((set) => fold(labelOrNull(set, value) ?? '')).join('\n');

/**
 * One word of a search as the reader sees rows, in the reader's language: it matches a claim when
 * its metric's words ("troops withdrawn", "Soldaten abgezogen"), its qualifier's ("at least") or
 * its party's name ("Nordkorea") hold it. The enums' few words are looked at once per word, so a
 * claim costs a set lookup and one cached name, not a sentence, however many claims there are.
 */
export function shownWordMatcher(word: string): (claim: Claim) => boolean {
  const metrics = new Set(METRICS.filter((m) => wordsOf(METRIC_SETS, m).includes(word)));
  const qualifiers = new Set(QUALIFIERS.filter((q) => wordsOf(QUALIFIER_SETS, q).includes(word)));
  const parties = new Map<string, boolean>();
  const partyHas = (slug: string) => {
    let has = parties.get(slug);
    if (has === undefined) {
      has = fold(partyLabel(slug)).includes(word);
      parties.set(slug, has);
    }
    return has;
  };
  return (c) =>
    metrics.has(c.metric) || qualifiers.has(c.qualifier) || (c.party !== null && partyHas(c.party));
}
