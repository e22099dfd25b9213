import { isIsoDate } from '../../lib/claims/dates';
import type { RowError } from '../../lib/claims/validate';
import { t } from '../../lib/i18n';
import type { ClaimColumn } from '../../lib/io/columns';
import { labelKeyOf } from '../../lib/io/csv-labels';
import type { CsvReading } from '../../lib/io/rows';
import { formatDate, formatNumber } from '../../lib/wording/format';
import { type LabelSet, optionLabel } from '../../lib/wording/labels';
import { partyLabel } from '../../lib/wording/party-label';

/** A column's name for the reader: the form's label in the UI language, else the field's code. */
export function columnWords(column: string): string {
  const key = labelKeyOf(column);
  return key ? t(key) : column;
}

const OPTIONS: Partial<Record<ClaimColumn, LabelSet>> = {
  metric: 'optMetric',
  qualifier: 'optQualifier',
  population: 'optPopulation',
  claimantType: 'optClaimant',
};
const DATES = new Set<string>(['claimDate', 'periodStart', 'periodEnd']);
const CODES =
  /\b(claimedBy|claimDate|metric|qualifier|low|high|subject|party|population|claimantType|via|periodStart|periodEnd|cumulative|place|sourceUrl|sourceName|quote|note|reviewedBy|reviewRating|reviewUrl)\b/g;

/**
 * A row error naming columns by the form's labels ("Datum der Angabe 2031-01-01 liegt in der
 * Zukunft", "Einschränkung 'mindestens' braucht Untergrenze und kein Obergrenze"), not by their
 * codes; the values it quotes from the file are left as they are, but an option by its word.
 */
export function errorWords(error: RowError): string {
  if (!error.i18n) return error.message.replace(new RegExp(`^${error.field}\\b`), columnWords(error.field));
  const { key, subs } = error.i18n;
  // the message with marks for its substitutions, so that only the message's own words are replaced
  const marked = t(key, ...subs.map((_, i) => `\uE000${i}\uE001`)).replace(CODES, (code) =>
    columnWords(code),
  );
  const set = OPTIONS[error.field as ClaimColumn];
  return marked.replace(/\uE000(\d+)\uE001/g, (_, i: string) => {
    const sub = subs[Number(i)] ?? '';
    if (sub === error.field) return columnWords(sub);
    return set ? optionLabel(set, sub) : sub;
  });
}

/** A cell as the reader will see it once imported: numbers and dates in the UI's way, option words. */
export function cellWords(field: ClaimColumn, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  const text = String(value);
  const set = OPTIONS[field];
  if (set) return optionLabel(set, text.trim());
  if (field === 'party' && text.trim() !== '') return partyLabel(text.trim());
  if (DATES.has(field) && isIsoDate(text.trim())) return formatDate(text.trim());
  return text;
}

/** Which file column fills which field (and which are ignored), and the first rows as they will be read. */
export function CsvPreview({ csv }: { csv: CsvReading }) {
  const shown = csv.columns.filter((c): c is { header: string; field: ClaimColumn } => c.field !== null);
  const separator = csv.delimiter === '\t' ? t('csvTab') : `“${csv.delimiter}”`;
  return (
    <div class="csv-preview">
      <table class="import-mapping" aria-label={t('csvMapping')}>
        <caption>
          {t('csvMapping')} ({t('csvSeparator', separator)})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('csvColumnInFile')}</th>
            <th scope="col">{t('csvField')}</th>
          </tr>
        </thead>
        <tbody>
          {csv.columns.map((c, i) => (
            <tr key={`${i}:${c.header}`} class={c.field ? undefined : 'ignored'}>
              <td>
                <code>{c.header}</code>
              </td>
              <td>{c.field ? columnWords(c.field) : <em>{t('csvIgnored')}</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {csv.preview.length > 0 && (
        <div class="table-scroll">
          <table class="import-rows" aria-label={t('csvPreview')}>
            <caption>{t('csvPreview')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('csvLine')}</th>
                {shown.map((c) => (
                  <th scope="col" key={c.field}>
                    {columnWords(c.field)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {csv.preview.map((row) => (
                <tr key={row.line}>
                  <th scope="row">{row.line}</th>
                  {shown.map((c) => (
                    <td key={c.field}>{cellWords(c.field, row.record[c.field])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
