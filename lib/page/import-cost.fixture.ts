import { t } from '../i18n';

// Work at import, on purpose: the import-cost test checks that its spies see it.
const WORDS = ['killed', 'wounded'];
export const PATTERN = new RegExp(`\\b(${WORDS.join('|')})\\b`, 'u');
export const CLOSE = t('close');
