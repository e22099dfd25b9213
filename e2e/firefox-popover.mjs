// The popover's closed shadow root in Firefox, reached over WebDriver BiDi (which serializes
// closed shadow roots for a client that asks) from a sandbox of the test's own, so the page's
// scripts neither see the test nor fool it. The test acts only with puppeteer's mouse and keyboard.

import { centreOf } from './popover.mjs';

const HOST = '[data-claimline-popover]';

/**
 * The popover of a puppeteer page in Firefox: `evaluate(fn, ...args)` runs `fn(shadowRoot,
 * ...args)` against its closed shadow root and returns its value (JSON), undefined while no
 * popover is open; `waitFor`, `text`, `click` and `type` as in e2e/popover.mjs.
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

  async function evaluate(fn, ...args) {
    const root = await shadowRoot();
    if (!root) return undefined;
    const { result: answer } = await connection.send('script.callFunction', {
      functionDeclaration: `function (...args) { return JSON.stringify((${fn})(this, ...args) ?? null); }`,
      this: { sharedId: root },
      arguments: args.map((value) => ({ type: 'string', value: JSON.stringify(value) })),
      target: target(),
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (answer?.type === 'exception') throw new Error(JSON.stringify(answer.exceptionDetails));
    return JSON.parse(answer.result.value);
  }

  async function waitFor(fn, args = [], { timeout = 10_000, message } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await evaluate(fn, ...args).catch(() => undefined);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out: ${message ?? fn}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  // arguments arrive as JSON strings (BiDi's own serialization of them is not needed)
  const parse = (fn) => `(root, ...raw) => (${fn})(root, ...raw.map((a) => JSON.parse(a)))`;

  return {
    evaluate: (fn, ...args) => evaluate(parse(fn), ...args),
    waitFor: (fn, args, options) => waitFor(parse(fn), args, options),
    text: (selector, hasText = '') =>
      waitFor(
        parse(
          (root, s, t) => [...root.querySelectorAll(s)].find((e) => e.textContent.includes(t))?.textContent,
        ),
        [selector, hasText],
        { message: `${selector} "${hasText}" in the popover` },
      ),
    async click(selector, hasText = '') {
      const { x, y } = await waitFor(parse(centreOf), [selector, hasText], {
        message: `${selector} "${hasText}" in the popover`,
      });
      await page.mouse.click(x, y);
    },
  };
}
