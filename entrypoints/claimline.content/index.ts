import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../../content/start';
import '../../content/marks.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's ctx is not used: a page can end it by replaying its "content script started" message.
  main: startContentScript,
});
