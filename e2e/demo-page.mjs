// The demo article open in Chromium with the extension, its figures marked: the setting of the
// popover's end-to-end tests.

import { before } from 'node:test';
import { popoverOf } from './popover.mjs';
import { extensionSession } from './session.mjs';

/**
 * An extensionSession whose page is the demo article, opened before the first test of the file
 * (or of the suite it is called in) once its first figure is marked. Besides `server`, `browser`
 * and `url`, the returned object's `page` and `popover` (popoverOf that page) are set once the
 * tests run; `options` go to launchWithExtension.
 */
export function demoSession(options) {
  const session = extensionSession(options);
  session.page = null;
  session.popover = null;
  before(async () => {
    session.page = await session.browser.context.newPage();
    await session.page.goto(session.url('/demo/article.html'));
    await session.page.locator('claimline-mark').first().waitFor({ timeout: 15_000 });
    session.popover = popoverOf(session.page);
  });
  return session;
}
