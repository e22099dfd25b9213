// The test server and a Chromium with Claimline for the tests of one file or suite.
import { after, before } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { startServer } from './serve.mjs';

/**
 * Starts the server and the browser before the first test of the file (or of the suite it is
 * called in) and closes both after the last. `options` go to launchWithExtension. The returned
 * object's `server` and `browser` are set once the tests run; `url(path)` is a page of the server.
 */
export function extensionSession(options) {
  const session = {
    server: null,
    browser: null,
    url: (path) => `${session.server.url}${path}`,
  };
  before(async () => {
    session.server = await startServer();
    session.browser = await launchWithExtension(options);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
