import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractFigures } from '../../lib/extract';
import type { TabMessageMap } from '../../lib/messages';
import { articleDate } from '../../lib/page/article-date';
import { startClaimline } from '../../lib/page/controller';
import { toRef } from '../../lib/page/popover-events';
import { sendMessage } from '../../lib/send-message';
import { getSettings, isPaused } from '../../lib/settings';
import './marks.css';

type PageFigures = TabMessageMap['page/figures']['response'];

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await getSettings().catch(() => null);
    if (!settings || isPaused(settings, location.hostname) || ctx.isInvalid) return;
    const page = startClaimline({
      doc: document,
      extract: extractFigures,
      fetchContext: (request) => sendMessage('context/get', request),
      listen: (target, type, handler) => ctx.addEventListener(target, type, handler),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
      highlightStyle: settings.highlightStyle,
    });
    // An update or a disabled extension puts the page back as it was.
    ctx.onInvalidated(() => page.stop(true));

    const onMessage = async (message: unknown): Promise<PageFigures | undefined> => {
      if ((message as { type?: unknown })?.type !== 'page/figures') return undefined;
      const found = page.figures().slice(0, 200);
      const contexts = await Promise.all(
        found.map((m) => sendMessage('context/get', page.request(m)).catch(() => null)),
      );
      return {
        url: location.href,
        title: document.title,
        articleDate: articleDate(document),
        figures: found.map((m, index) => ({
          index,
          figure: toRef(m),
          sentence: m.sentence,
          context: contexts[index] ?? null,
        })),
      };
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
