import { type MessageKey, t } from '../../lib/i18n';

export type OptionSet = 'optMetric' | 'optQualifier' | 'optPopulation' | 'optClaimant' | 'qualifierName';

/** A stored value's label in the reader's language: "killed" -> "Getötete"; unknown values as they are. */
export function optionLabel(set: OptionSet, value: string): string {
  const key = `${set}${value
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('')}`;
  // an unknown value has no message: t() then answers with the key itself
  const label = t(key as MessageKey);
  return label && label !== key ? label : value;
}

/** [value, label] pairs for a select. */
export const labelled = (set: OptionSet, values: readonly string[]) =>
  values.map((v) => [v, optionLabel(set, v)] as const);
