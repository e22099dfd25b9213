import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { correctionSignature, loadCorrections } from '../../lib/corrections';
// Straight from the modules, not lib/extract's index: its loaders would pull every language into this bundle.
import { extractFigures } from '../../lib/extract/extract';
import { LANGUAGES } from '../../lib/extract/languages';
import { lexiconFromSpec } from '../../lib/extract/lexicon/compile';
import { setParties } from '../../lib/extract/lexicon/parties';
import { DEFAULT_LANGUAGE, registerLexicon } from '../../lib/extract/lexicon/registry';
import { startClaimline } from '../../lib/page/controller';
import { cueGate } from '../../lib/page/cue-gate';
import { createLifetime } from '../../lib/page/lifetime';
import { loadPopoverUi } from '../../lib/page/load-popover-ui';
import { pageLanguages } from '../../lib/page/page-languages';
import type { ScanStats } from '../../lib/page/scanner';
import { sendMessage } from '../../lib/send-message';
import { getSettings, isPaused } from '../../lib/settings';
import './marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's ctx is not used: a page can end it by replaying its "content script started" message.
  async main() {
    const lifetime = createLifetime(window, () => browser.runtime?.id !== undefined);
    const [settings, corrections] = await Promise.all([
      getSettings().catch(() => null),
      loadCorrections(location.href).catch(() => new Set<string>()),
    ]);
    if (!settings || isPaused(settings, location.hostname) || !lifetime.check()) return;
    // Lexicons come from the background, English and the page's other languages asked for
    // together and registered in that order; without English the page is left as it is.
    const langs = pageLanguages(document, LANGUAGES);
    const asked = [DEFAULT_LANGUAGE, ...langs];
    const answers = await Promise.all(
      asked.map((lang) => sendMessage('lexicon/get', { lang }).catch(() => null)),
    );
    const english = answers[0];
    if (!english?.cues) return;
    const cues = answers.flatMap((a) => (a?.cues ? `(?:${a.cues.source})` : []));
    // compiled only for the first text block that has a cue word
    const prepare = () => {
      if (english.parties) setParties(english.parties);
      asked.forEach((lang, i) => {
        const spec = answers[i]?.spec;
        if (spec) registerLexicon(lang, lexiconFromSpec(spec));
      });
      return extractFigures;
    };
    if (!lifetime.check()) return;
    const page = startClaimline({
      doc: document,
      extract: cueGate(new RegExp(cues.join('|'), english.cues.flags), prepare),
      lang: langs[0],
      fetchContext: (request) => sendMessage('context/get', request),
      loadPopoverUi,
      listen: lifetime.listen,
      setTimeout: lifetime.setTimeout,
      clearTimeout: lifetime.clearTimeout,
      highlightStyle: settings.highlightStyle,
      // Only a page that asks for it (the page benchmark) gets the scan's cost as performance entries.
      onScanStats: document.querySelector('meta[name="claimline-bench"]') ? reportScanStats : undefined,
      suppressed: ({ figure, sentence }) => corrections.has(correctionSignature(figure.text, sentence)),
      actions: { corrections, stop: () => page.stop(true) },
    });
    // An update or a disabled extension puts the page back as it was.
    lifetime.onEnd(() => page.stop(true));

    // Answered through sendResponse: the page's browser API is the browser's own (no polyfill, see
    // wxt.config.ts), and Chromium takes a listener's promise for no answer.
    const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      const type = (message as { type?: unknown })?.type;
      if (type === 'claims/changed') page.refresh(); // an edit in the popup shows in the open popover
      if (type !== 'page/figures') return false;
      page.answerFigures().then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    lifetime.onEnd(() => browser.runtime.onMessage?.removeListener(listener));
  },
});

function reportScanStats(stats: ScanStats): void {
  performance.measure('claimline:scan', { start: stats.startedAt, end: stats.finishedAt });
  const totals = { 'longest-chunk': stats.longestChunkMs, busy: stats.busyMs, 'chars-read': stats.charsRead };
  for (const [name, duration] of Object.entries(totals))
    performance.measure(`claimline:${name}`, { start: 0, duration });
}
