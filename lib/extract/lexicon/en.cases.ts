import type { Case } from './cases';
import { EN_CHANGES } from './en-changes.cases';
import { EN_METRICS } from './en-metrics.cases';
import { EN_NO_FIGURES } from './en-no-figures.cases';
import { EN_NUMBERS } from './en-numbers.cases';
import { EN_PARTIES } from './en-parties.cases';
import { EN_STRUCTURES } from './en-structures.cases';

/** English: sentences of ours, what is found in them, and the rule each pins (see cases.ts). */
export const EN_CASES: Case[] = [
  ...EN_NUMBERS,
  ...EN_CHANGES,
  ...EN_NO_FIGURES,
  ...EN_METRICS,
  ...EN_STRUCTURES,
  ...EN_PARTIES,
];
