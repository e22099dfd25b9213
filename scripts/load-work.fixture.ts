// A module that does work at load, for load-work.test.ts to find (never imported by the extension).
import { t } from '../lib/i18n';

// built from parts, as a table of words would be (a literal is compiled on first use only)
export const SEARCH = new RegExp(['soldier', 'troop'].join('|'), 'i');
export const LABEL = t('extName');
export const TABLE = new Map(Array.from({ length: 300 }, (_, i) => [i, String(i)] as const));
