// Straight from the modules, not lib/extract's index: its loaders would pull every language into this bundle.
import { extractFigures } from '../lib/extract/extract';
import { LANGUAGES } from '../lib/extract/languages';
import { lexiconFromSpec } from '../lib/extract/lexicon/compile';
import { registerLexicon } from '../lib/extract/lexicon/registry';
import { extensionAlive, listenToMessages } from '../lib/messages/receive';
import { sendMessage } from '../lib/messages/send';
import { getSettings, isPaused, setPaused } from '../lib/storage/settings';
import { answerPopup } from './answer-popup';
import { startClaimline } from './controller';
import { pageCorrections } from './corrections';
import { createLifetime } from './lifetime';
import { pageLanguages, readingLanguage } from './page-languages';
import { draftId, saveDraft } from './save-draft';
import type { ScanStats } from './scanner';

/** The content script's start: settings and corrections, the page's lexicons, then the scan. */
export async function startContentScript(): Promise<void> {
  const lifetime = createLifetime(window, extensionAlive);
  const [settings, corrections] = await Promise.all([
    getSettings().catch(() => null),
    pageCorrections(location.href),
  ]);
  if (!settings || isPaused(settings, location.hostname) || !lifetime.check()) return;
  // Lexicons of the page's other languages come from the background (English ships here),
  // asked for together and registered in the page's order.
  const langs = pageLanguages(document, LANGUAGES);
  const answers = await Promise.all(
    langs.map((lang) => sendMessage('lexicon/get', { lang }).catch(() => ({ spec: null }))),
  );
  const loaded = langs.filter((lang, i) => {
    const spec = answers[i]?.spec;
    if (spec) registerLexicon(lang, lexiconFromSpec(spec));
    return Boolean(spec);
  });
  if (!lifetime.check()) return;
  const page = startClaimline({
    doc: document,
    extract: extractFigures,
    lang: readingLanguage(document, loaded),
    fetchContext: (request) => sendMessage('context/get', request),
    listen: lifetime.listen,
    setTimeout: lifetime.setTimeout,
    clearTimeout: lifetime.clearTimeout,
    newDraftId: draftId,
    highlightStyle: settings.highlightStyle,
    // Only a page that asks for it (the page benchmark) gets the scan's cost as performance entries.
    onScanStats: document.querySelector('meta[name="claimline-bench"]') ? reportScanStats : undefined,
    suppressed: ({ figure, sentence }) => corrections.has(figure.text, sentence),
    actions: {
      save: (draft) => saveDraft((d) => sendMessage('claims/save', { draft: d }), draft),
      notFigure: (m) => corrections.add(m.figure.text, m.sentence),
      pause: () => {
        page.stop(true);
        setPaused(location.hostname, true).catch((e) => console.warn('[claimline] pause not saved', e));
      },
    },
  });
  // An update or a disabled extension puts the page back as it was.
  lifetime.onEnd(() => page.stop(true));
  lifetime.onEnd(listenToMessages(answerPopup(page)));
}

function reportScanStats(stats: ScanStats): void {
  performance.measure('claimline:scan', { start: stats.startedAt, end: stats.finishedAt });
  performance.measure('claimline:longest-chunk', { start: 0, duration: stats.longestChunkMs });
  performance.measure('claimline:busy', { start: 0, duration: stats.busyMs });
  performance.measure('claimline:chars-read', { start: 0, duration: stats.charsRead });
}
