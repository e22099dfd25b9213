// Straight from the modules, not lib/extract's index: its loaders would pull every language into this bundle.
import { LANGUAGES } from '../lib/extract/languages';
import { DEFAULT_LANGUAGE } from '../lib/extract/lexicon/registry';
import { extensionAlive, listenToMessages } from '../lib/messages/receive';
import { sendMessage } from '../lib/messages/send';
import { getSettings, isPaused } from '../lib/storage/settings';
import { Announcer } from './announcer';
import { answerPopup, answerUnmarked } from './answer-popup';
import { startClaimline } from './controller';
import { pageCorrections } from './corrections';
import { cueGate, cueNearNumber, FIRST_LOOK } from './cue-gate';
import { type ElementNames, elementNames } from './element-names';
import { gateSearches } from './gate-searches';
import { createLifetime, type Lifetime } from './lifetime';
import { loadExtractor } from './load-extractor';
import { loadPopoverUi } from './load-popover-ui';
import { hiddenPageCommands, markedPageCommands, pausedPageCommands } from './page-commands';
import { pageLanguages, readingLanguage } from './page-languages';
import { pageLexicons } from './page-lexicons';
import { pageText } from './page-text';
import { resumeLater } from './resume-later';
import type { ScanStats } from './scanner';

/** What lasts as long as the content script: its lifetime, its tag names, its live region. */
interface PageRun {
  lifetime: Lifetime;
  names: ElementNames;
  announcer: Announcer;
}

/** The content script's start: settings and corrections, the page's lexicons, then the scan. */
export function startContentScript(): Promise<void> {
  const lifetime = createLifetime(window, extensionAlive);
  const names = elementNames(document);
  const announcer = new Announcer(document, lifetime.setTimeout, lifetime.clearTimeout, names.status);
  lifetime.onEnd(() => announcer.remove());
  return startOnPage({ lifetime, names, announcer });
}

/**
 * The start within one lifetime: again in the same one when the reader resumes a paused site or
 * shows the marks they hid.
 */
async function startOnPage(run: PageRun): Promise<void> {
  const { lifetime, announcer } = run;
  const again = () => void startOnPage(run);
  const resume = (host: string) => resumeLater(lifetime, host, again, pausedPageCommands(announcer, host));
  const [settings, corrections] = await Promise.all([
    getSettings().catch(() => null),
    pageCorrections(location.href),
  ]);
  if (!settings || !lifetime.check()) return;
  if (isPaused(settings, location.hostname)) return resume(location.hostname);
  // The gate's searches come from the background, English's and the page's other languages'
  // together; the lexicons only when the page's text opens the gate. Without English the page
  // is left as it is.
  const langs = pageLanguages(document, LANGUAGES);
  const asked = [DEFAULT_LANGUAGE, ...langs.filter((lang) => lang !== DEFAULT_LANGUAGE)];
  const cues = await Promise.all(
    asked.map((lang) =>
      sendMessage(
        'lexicon/cues',
        asked.length > 1 ? { lang, readWith: asked.filter((l) => l !== lang) } : { lang },
      ).then(
        (answer) => answer.cues,
        () => null,
      ),
    ),
  );
  const read = asked.flatMap((lang, i) => {
    const found = cues[i];
    return found ? [{ lang, cues: found, numbers: found.numbers }] : [];
  });
  const gate = read[0]?.lang === DEFAULT_LANGUAGE ? gateSearches(read) : null;
  if (!gate) return;
  // the extractor's code and the lexicons only for the first text block the gate opens for
  const load = async () => loadExtractor(await pageLexicons(read.map((r) => r.lang)));
  if (!lifetime.check()) return;
  const page = startClaimline({
    doc: document,
    extract: cueGate(gate, load),
    // a page whose whole text does not open the gate is not walked block by block
    firstLook: (root) => cueNearNumber(pageText(root), gate, FIRST_LOOK),
    // the one language decision: the lexicons loaded besides English, read as the page is tagged or sentence by sentence
    lang: readingLanguage(
      document,
      read.slice(1).map((f) => f.lang),
    ),
    fetchContext: (request) => sendMessage('context/get', request),
    loadPopoverUi,
    listen: lifetime.listen,
    setTimeout: lifetime.setTimeout,
    clearTimeout: lifetime.clearTimeout,
    names: run.names,
    highlightStyle: settings.highlightStyle,
    tabStops: settings.tabStops,
    // Only a page that asks for it (the page benchmark) gets the scan's cost as performance entries.
    onScanStats: document.querySelector('meta[name="claimline-bench"]') ? reportScanStats : undefined,
    suppressed: ({ figure, sentence }) => corrections.has(figure.text, sentence),
    actions: {
      corrections,
      stop: () => {
        page.stop(true);
        stopAnswering();
        resume(location.hostname);
      },
    },
  });
  // An update or a disabled extension puts the page back as it was.
  lifetime.onEnd(() => page.stop(true));
  // "toggle marks" puts the page back as it was, until the reader shows them again
  const hide = () => {
    page.stop(true);
    stopAnswering();
    const stopHidden = listenToMessages(
      answerUnmarked(
        document,
        hiddenPageCommands(announcer, () => {
          stopHidden();
          again();
        }),
      ),
    );
    lifetime.onEnd(stopHidden);
  };
  const stopAnswering = listenToMessages(answerPopup(page, markedPageCommands(page, announcer, hide)));
  lifetime.onEnd(stopAnswering);
}

function reportScanStats(stats: ScanStats): void {
  performance.measure('claimline:scan', { start: stats.startedAt, end: stats.finishedAt });
  const totals = { 'longest-chunk': stats.longestChunkMs, busy: stats.busyMs, 'chars-read': stats.charsRead };
  for (const [name, duration] of Object.entries(totals))
    performance.measure(`claimline:${name}`, { start: 0, duration });
}
