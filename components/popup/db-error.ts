import { t } from '../../lib/i18n';

/** A database failure in words a reader can act on; the technical message follows in brackets. */
export function describeDbError(error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
  const names = [e?.name, e?.inner?.name];
  const detail = (e?.message ?? String(error)).split('\n')[0];
  if (names.includes('QuotaExceededError')) return t('dbQuota', detail ?? '');
  if (names.includes('ConstraintError')) return t('dbConstraint', detail ?? '');
  return detail ?? t('unknownError');
}
