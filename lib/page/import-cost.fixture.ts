import { t } from '../i18n';

// Work at import, on purpose: the import-cost test checks that its spies see it.
export const PATTERN = /\d+/u;
export const CLOSE = t('close');
