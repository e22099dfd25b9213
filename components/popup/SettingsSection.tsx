import { useEffect, useState } from 'preact/hooks';
import { allClaims, type ClaimlineDb, clearClaims, countClaims } from '../../lib/db';
import { importSeeds } from '../../lib/db/seeding';
import { t } from '../../lib/i18n';
import { downloadText, exportFilename } from '../../lib/io/download';
import { exportJson } from '../../lib/io/export-json';
import type { ListableArea } from '../../lib/storage/corrections';
import {
  getSettings,
  type HighlightStyle,
  type Settings,
  setPaused,
  type TabStops,
  updateSettings,
} from '../../lib/storage/settings';
import { formatNumber } from '../../lib/wording/format';
import { SEED_CLAIMS } from '../../seeds';
import type { Download } from './ImportExport';
import { KeyboardSettings, type KeyboardSettingsProps } from './KeyboardSettings';
import { SubscriptionsSection } from './SubscriptionsSection';
import { UnmarkedFigures } from './UnmarkedFigures';

/** The storage area settings live in (browser.storage.local; tests hand in a fake). */
export type SettingsArea = NonNullable<Parameters<typeof getSettings>[0]>;

export interface SettingsSectionProps {
  db: ClaimlineDb;
  area?: SettingsArea;
  /** Where the figures the reader unmarked are kept (browser.storage.local; tests hand in a fake). */
  corrections?: ListableArea;
  download?: Download;
  /** The extension's shortcuts as the browser holds them (tests hand in their own). */
  shortcuts?: KeyboardSettingsProps['shortcuts'];
}

/** Paused sites, highlight style, the keyboard, restoring the seed claims and deleting every claim. */
export function SettingsSection({
  db,
  area,
  corrections,
  download = downloadText,
  shortcuts,
}: SettingsSectionProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<number | null>(null);
  useEffect(() => {
    getSettings(area).then(setSettings, (e) => setStatus(t('settingsUnreadable', String(e))));
  }, [area]);

  const resume = async (host: string) => setSettings(await setPaused(host, false, area));
  const style = async (highlightStyle: HighlightStyle) =>
    setSettings(await updateSettings({ highlightStyle }, area));
  const tabStops = async (mode: TabStops) => setSettings(await updateSettings({ tabStops: mode }, area));

  async function restoreSeeds() {
    const { added } = await importSeeds(db, SEED_CLAIMS, { restore: true });
    setStatus(added ? t('restoredSeeds', added) : t('seedsAllThere'));
  }

  async function exportFirst() {
    download(exportJson(await allClaims(db)), exportFilename('json'), 'application/json');
  }

  async function deleteAll() {
    await clearClaims(db);
    setConfirming(null);
    setStatus(t('allDeleted'));
  }

  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('pausedSites')}</h2>
      {settings && settings.pausedSites.length === 0 && <p class="muted">{t('runsEverywhere')}</p>}
      <ul class="paused-sites">
        {settings?.pausedSites.map((host) => (
          <li key={host}>
            <span>{host}</span>
            <button type="button" onClick={() => resume(host)} aria-label={t('resumeOn', host)}>
              {t('resume')}
            </button>
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>{t('highlightStyle')}</legend>
        {(['subtle', 'strong'] as const).map((s) => (
          <label key={s} class="check">
            <input
              type="radio"
              name="highlight"
              value={s}
              checked={settings?.highlightStyle === s}
              onChange={() => style(s)}
            />
            {s === 'subtle' ? t('styleSubtle') : t('styleStrong')}
          </label>
        ))}
      </fieldset>
      <KeyboardSettings tabStops={settings?.tabStops ?? null} onTabStops={tabStops} shortcuts={shortcuts} />
      <UnmarkedFigures area={corrections} />
      <h2>{t('claimHistory')}</h2>
      <div class="actions">
        <button type="button" onClick={restoreSeeds}>
          {t('restoreSeeds')}
        </button>
        <button type="button" class="danger" onClick={async () => setConfirming(await countClaims(db))}>
          {t('deleteAllEllipsis')}
        </button>
      </div>
      {confirming !== null && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">{t('confirmDeleteAll', formatNumber(confirming))}</p>
          <div class="actions">
            <button type="button" onClick={exportFirst}>
              {t('exportJsonFirst')}
            </button>
            <button type="button" class="danger" onClick={deleteAll}>
              {t('deleteAllCount', formatNumber(confirming))}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {status && <p role="status">{status}</p>}
      <SubscriptionsSection db={db} />
    </section>
  );
}
