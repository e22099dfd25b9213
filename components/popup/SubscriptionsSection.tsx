import { useState } from 'preact/hooks';
import { requestHostAccess } from '../../lib/browser/host-access';
import { type ClaimlineDb, listSubscriptions, packClaimCount, type Subscription } from '../../lib/db';
import { localise, t } from '../../lib/i18n';
import { parseFingerprint, parsePublicKey } from '../../lib/io/pack-key';
import { sendMessage } from '../../lib/messages/send';
import { formatDate, formatNumber } from '../../lib/wording/format';
import { useLiveQuery } from '../shared/use-live-query';

/** A pack URL the reader typed: https anywhere, http only on this machine; null otherwise. */
export function packUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return url;
  } catch {}
  return null;
}

/** The day of a timestamp, as the popup writes dates. */
const when = (iso: string) => formatDate(iso.slice(0, 10));

/** Settings -> Subscriptions: add a pack by URL and key, see how its updates went, update, remove. */
export function SubscriptionsSection({ db }: { db: ClaimlineDb }) {
  const subs = useLiveQuery(() => listSubscriptions(db), [db]);
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ url: string; count: number } | null>(null);

  function subscribe(event: Event) {
    event.preventDefault();
    const target = packUrl(url);
    if (!target) return setStatus(t('packUrlInvalid'));
    const publicKey = parsePublicKey(key) ? key.trim() : undefined;
    const fingerprint = !publicKey && parseFingerprint(key) ? key.trim() : undefined;
    if (!publicKey && !fingerprint) return setStatus(t('packKeyInvalid'));
    // asked at once, inside the reader's click: browsers grant permissions only to a user gesture
    const asking = requestHostAccess(target.href);
    setBusy(target.href);
    setStatus(t('packChecking', target.host));
    asking
      .then((granted) => {
        if (!granted) throw new Error(t('packPermissionDenied', target.host));
        return sendMessage('packs/subscribe', { url: target.href, publicKey, fingerprint });
      })
      .then((result) => {
        setStatus(
          result.ok
            ? t('packSubscribed', formatNumber(result.claimCount))
            : localise({ message: result.error, i18n: result.i18n }),
        );
        if (result.ok) {
          setUrl('');
          setKey('');
        }
      })
      .catch((error: unknown) => setStatus(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(null));
  }

  async function update(sub: Subscription) {
    setBusy(sub.url);
    try {
      const result = await sendMessage('packs/update', { url: sub.url });
      setStatus(
        !result.ok
          ? localise({ message: result.error, i18n: result.i18n })
          : result.changed
            ? t('packUpdated', formatNumber(result.claimCount))
            : t('packUnchanged'),
      );
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  }

  async function remove(target: string) {
    setBusy(target);
    try {
      const { removed } = await sendMessage('packs/unsubscribe', { url: target });
      setStatus(t('packRemoved', formatNumber(removed)));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setConfirming(null);
      setBusy(null);
    }
  }

  const list = subs.status === 'ready' ? subs.value : [];
  return (
    <section class="subscriptions" aria-labelledby="subscriptions-heading">
      <h2 id="subscriptions-heading">{t('subscriptions')}</h2>
      <p class="muted">{t('subscriptionsIntro')}</p>
      {list.length === 0 && subs.status === 'ready' && <p class="muted">{t('noSubscriptions')}</p>}
      <ul class="subscription-list">
        {list.map((sub) => (
          <li key={sub.url} aria-label={sub.publisher ?? sub.url}>
            <strong>{sub.publisher ?? new URL(sub.url).host}</strong> <span class="muted">{sub.url}</span>
            <p class="pack-state">
              {sub.lastSuccessAt
                ? t('packState', formatNumber(sub.claimCount), when(sub.lastSuccessAt))
                : t('packNeverUpdated')}
            </p>
            {sub.lastError && (
              <p class="error" role="alert">
                {t(
                  'packLastError',
                  sub.lastAttemptAt ? when(sub.lastAttemptAt) : '',
                  localise(sub.lastError),
                )}
              </p>
            )}
            {confirming?.url === sub.url ? (
              <fieldset class="confirm" aria-label={t('unsubscribe')}>
                <p>{t('packConfirmRemove', formatNumber(confirming.count))}</p>
                <button type="button" class="danger" onClick={() => remove(sub.url)} disabled={busy !== null}>
                  {t('packRemove', formatNumber(confirming.count))}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('cancel')}
                </button>
              </fieldset>
            ) : (
              <div class="actions">
                <button type="button" onClick={() => update(sub)} disabled={busy !== null}>
                  {t('packUpdateNow')}
                </button>
                <button
                  type="button"
                  onClick={async () =>
                    setConfirming({ url: sub.url, count: await packClaimCount(db, sub.url) })
                  }
                  disabled={busy !== null}
                >
                  {t('unsubscribe')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <form class="subscribe" aria-label={t('subscribe')} onSubmit={subscribe}>
        <label>
          {t('packUrl')}
          <input type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} required />
        </label>
        <label>
          {t('packKey')}
          <input type="text" value={key} onInput={(e) => setKey(e.currentTarget.value)} required />
        </label>
        <button type="submit" disabled={busy !== null}>
          {t('subscribe')}
        </button>
      </form>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
