// The popover's closed shadow root in Firefox, reached over WebDriver BiDi (which serializes
// closed shadow roots for a client that asks) from a sandbox of the test's own, so the page's
// scripts neither see the test nor fool it. The test acts only with puppeteer's mouse and keyboard.

import { centreOf, stableCentre, whenTrue } from './popover.mjs';

const HOST = '[data-claimline-popover]';

/**
 * The popover of a puppeteer page in Firefox: `evaluate(fn, ...args)` runs `fn(shadowRoot,
 * ...args)` against its closed shadow root and returns its value (JSON), undefined while no
 * popover is open; `waitFor`, `text` and `click` as in e2e/popover.mjs: looked at again on every
 * change of the popover, and the target clicked once it stands still.
 */
export function firefoxPopoverOf(browser, page) {
  const connection = browser.connection;
  const target = () => ({ context: page.mainFrame()._id, sandbox: 'claimline-e2e' });

  async function shadowRoot() {
    const { result: answer } = await connection.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(HOST)})`,
      target: target(),
      awaitPromise: false,
      resultOwnership: 'root',
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    });
    const node = answer?.result;
    return node?.type === 'node' ? (node.value?.shadowRoot?.sharedId ?? null) : null;
  }

  /** Calls `declaration` with the shadow root as `this` and its answer (JSON); undefined while no popover is open. */
  async function call(declaration, args) {
    const root = await shadowRoot();
    if (!root) return undefined;
    const { result: answer } = await connection.send('script.callFunction', {
      functionDeclaration: `function (...args) {
        return Promise.resolve((${declaration}).apply(this, args)).then((v) => JSON.stringify(v ?? null));
      }`,
      this: { sharedId: root },
      // the tests' arguments are strings and numbers, BiDi's primitive values
      arguments: args.map((value) => ({ type: typeof value === 'number' ? 'number' : 'string', value })),
      target: target(),
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (answer?.type === 'exception') throw new Error(JSON.stringify(answer.exceptionDetails));
    return JSON.parse(answer.result.value);
  }

  const evaluate = (fn, ...args) => call(`function (...args) { return (${fn})(this, ...args); }`, args);

  /** `fn(root, ...args)` once it is truthy, looked at again on every change of the popover. */
  async function waitFor(fn, args = [], { timeout = 10_000, message } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const left = Math.max(0, end - Date.now());
      const value = await call(whenTrue(fn), [left, ...args]).catch(() => undefined);
      if (value) return value;
      if (Date.now() >= end) throw new Error(`timed out: ${message ?? fn}`);
      await new Promise((ok) => setTimeout(ok, 100)); // no popover in the page yet
    }
  }

  return {
    evaluate,
    waitFor,
    text: (selector, hasText = '') =>
      waitFor(
        (root, s, t) => [...root.querySelectorAll(s)].find((e) => e.textContent.includes(t))?.textContent,
        [selector, hasText],
        { message: `${selector} "${hasText}" in the popover` },
      ),
    async click(selector, hasText = '') {
      await waitFor(centreOf, [selector, hasText], {
        message: `${selector} "${hasText}" in the popover`,
      });
      const at = await call(stableCentre, [2_000, selector, hasText]);
      await page.mouse.click(at.x, at.y);
    },
  };
}
