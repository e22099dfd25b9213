import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../lib/claims/claim';
import { type ClaimlineDb, openDatabase } from '../../lib/db';
import { t } from '../../lib/i18n';
import type { ParseFile } from '../../lib/io/parse-file';
import { type AskPage, askActiveTab } from '../../lib/messages/ask-page';
import { ClaimsSection } from './ClaimsSection';
import { type ClaimFilter, countText, NO_FILTER } from './filter-claims';
import { type Download, ImportExport } from './ImportExport';
import { type SettingsArea, SettingsSection } from './SettingsSection';
import { Tabs } from './Tabs';
import { ThisPage } from './ThisPage';
import { useAllClaims, useClaimCount } from './use-all-claims';

export type Section = 'page' | 'claims' | 'io' | 'settings';
const sections = () =>
  [
    { id: 'page', label: t('tabPage') },
    { id: 'claims', label: t('tabClaims') },
    { id: 'io', label: t('tabIo') },
    { id: 'settings', label: t('tabSettings') },
  ] as const;

/** What the popup reaches outside itself; tests hand in fakes. */
export interface PopupDeps {
  askPage?: AskPage;
  settingsArea?: SettingsArea;
  parseFile?: ParseFile;
  download?: Download;
  /** Running in the toolbar popup rather than a tab. */
  inPopup?: boolean;
}

export interface PopupAppProps extends PopupDeps {
  db: ClaimlineDb;
  initialSection?: Section;
}

/**
 * Why the database cannot be opened, if it cannot. Opened explicitly because a live query waits
 * quietly for a database that failed to open; a blocked upgrade is reported after a few seconds.
 */
function useOpenError(db: ClaimlineDb, blockedAfterMs = 5_000): string | null {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let settled = false;
    const timer = setTimeout(() => {
      if (!settled) setError(t('dbBlocked'));
    }, blockedAfterMs);
    openDatabase(db).then(
      () => {
        settled = true;
        setError(null);
      },
      (e: unknown) => {
        settled = true;
        setError((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? t('unknownError'));
      },
    );
    return () => clearTimeout(timer);
  }, [db, blockedAfterMs]);
  return error;
}

/** The popup: this page's figures, the claim history, import / export and settings. */
export function PopupApp({ db, initialSection = 'page', askPage = askActiveTab, ...deps }: PopupAppProps) {
  const [section, setSection] = useState<Section>(initialSection);
  const [editing, setEditing] = useState<Partial<Claim> | null>(null);
  // Kept here so the search and filters survive a visit to another section.
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const claims = useAllClaims(db);
  const count = useClaimCount(db);
  const openError = useOpenError(db);
  const failure = claims.status === 'error' ? (claims.error.message.split('\n')[0] ?? '') : openError;

  if (failure)
    return (
      <main class="popup">
        <h1>Claimline</h1>
        <p class="error" role="alert">
          {t('dbOpenError', failure)}
        </p>
      </main>
    );
  return (
    <main class="popup">
      <header>
        <h1>Claimline</h1>
        <p class="count" aria-live="polite">
          {count !== null ? countText(count) : t('loadingShort')}
        </p>
      </header>
      <Tabs tabs={sections()} current={section} onChange={setSection}>
        {section === 'page' && (
          <ThisPage
            askPage={askPage}
            onSave={(draft) => {
              setEditing(draft);
              setSection('claims');
            }}
          />
        )}
        {section === 'claims' &&
          (claims.status === 'ready' ? (
            <ClaimsSection
              db={db}
              claims={claims.value}
              editing={editing}
              onEdit={setEditing}
              filter={filter}
              onFilter={setFilter}
            />
          ) : (
            <p class="muted">{t('loadingClaims')}</p>
          ))}
        {section === 'io' && (
          <ImportExport db={db} inPopup={deps.inPopup} parseFile={deps.parseFile} download={deps.download} />
        )}
        {section === 'settings' && (
          <SettingsSection db={db} area={deps.settingsArea} download={deps.download} />
        )}
      </Tabs>
    </main>
  );
}
