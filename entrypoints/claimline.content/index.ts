import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractFigures } from '../../lib/extract';
import { startClaimline } from '../../lib/page/controller';
import { sendMessage } from '../../lib/send-message';
import './marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    startClaimline({
      doc: document,
      extract: extractFigures,
      fetchContext: (request) => sendMessage('context/get', request),
      listen: (target, type, handler) => ctx.addEventListener(target, type, handler),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
  },
});
