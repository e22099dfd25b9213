import { type MessageKey, t } from '../i18n';

/**
 * The label sets of the enums, each a prefix of message keys: `metric` + "Killed" is the figure's
 * word, `cmpMetric` the sentences' word, `optMetric` the forms' option; the key is made from the
 * value when a label is shown, so no table of labels is built when a module loads.
 */
export type LabelSet =
  | 'metric'
  | 'cmpMetric'
  | 'qualifier'
  | 'qualifierName'
  | 'optMetric'
  | 'optQualifier'
  | 'optPopulation'
  | 'optClaimant'
  | 'party';

const keyOf = (set: LabelSet, value: string) =>
  `${set}${value
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('')}` as MessageKey;

/** A value's label in the reader's language, or null when its set has none ("exact" has no qualifier word). */
export function labelOrNull(set: LabelSet, value: string): string | null {
  const key = keyOf(set, value);
  // an unknown value has no message: t() then answers with the key itself, or nothing
  const label = t(key);
  return label && label !== key ? label : null;
}

/** A stored value's label in the reader's language: "killed" -> "Getötete"; unknown values as they are. */
export function optionLabel(set: LabelSet, value: string): string {
  return labelOrNull(set, value) ?? value;
}

/** [value, label] pairs for a select. */
export const labelled = (set: LabelSet, values: readonly string[]) =>
  values.map((v) => [v, optionLabel(set, v)] as const);
