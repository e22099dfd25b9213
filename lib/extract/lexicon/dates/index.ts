import { DE_DATES } from './de';
import { EN_DATES } from './en';
import { ES_DATES } from './es';
import { FR_DATES } from './fr';
import { RU_DATES } from './ru';
import type { DateWordsSpec } from './types';
import { UK_DATES } from './uk';

export type { DateWordsSpec } from './types';

/** The date words of every language the reader knows, by language code. */
export const DATE_WORDS: Readonly<Record<string, DateWordsSpec>> = {
  en: EN_DATES,
  de: DE_DATES,
  es: ES_DATES,
  fr: FR_DATES,
  ru: RU_DATES,
  uk: UK_DATES,
};
