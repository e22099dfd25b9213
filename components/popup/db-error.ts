/** A database failure in words a reader can act on; the technical message follows in brackets. */
export function describeDbError(error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: { name?: string } } | null;
  const names = [e?.name, e?.inner?.name];
  const detail = (e?.message ?? String(error)).split('\n')[0];
  if (names.includes('QuotaExceededError'))
    return `the browser has no room left for Claimline's data (storage quota; ${detail})`;
  if (names.includes('ConstraintError'))
    return `a claim with the same id was added meanwhile; run the import again (${detail})`;
  return detail ?? 'unknown error';
}
