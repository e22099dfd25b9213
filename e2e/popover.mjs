// The popover lives in a closed shadow root, which page scripts (and Playwright's locators, which
// run as page scripts) cannot reach. The tests reach it the way DevTools does, through the
// protocol, and read it from a world of their own, so a page that overrides DOM methods cannot
// fool them. They act only as the reader does: Playwright's own mouse and keyboard.

const HOST = '[data-claimline-popover]';

/**
 * The declaration of a function run against the shadow root (as `this`) with `(ms, ...args)`: it
 * resolves with `fn(root, ...args)` as soon as that is truthy, looking again whenever the shadow
 * tree or the host's attributes change, and with undefined after `ms` without it.
 */
export const whenTrue = (fn) => `function (ms, ...args) {
  const root = this;
  const look = () => { try { return (${fn})(root, ...args); } catch { return undefined; } };
  return new Promise((done) => {
    const now = look();
    if (now) return done(now);
    const observer = new MutationObserver(() => {
      const value = look();
      if (value) finish(value);
    });
    const timer = setTimeout(() => finish(undefined), ms);
    function finish(value) {
      observer.disconnect();
      clearTimeout(timer);
      done(value);
    }
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    observer.observe(root.host, { attributes: true });
  });
}`;

/**
 * Run in the page against the shadow root: the centre of the element matching `selector` that
 * contains `hasText`, scrolled into view, in viewport pixels; null while there is none.
 */
export function centreOf(root, selector, hasText) {
  const el = [...root.querySelectorAll(selector)].find((e) => e.textContent.includes(hasText));
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
}

/**
 * The declaration of a function run against the shadow root (as `this`) with `(ms, selector,
 * hasText)`: it resolves with the centre of that element (as `centreOf` gives it) once it has
 * stood still for two animation frames in a row, as Playwright's own actionability check waits
 * for "stable" before a click; with the last centre after `ms`, and null while there is none.
 */
export const stableCentre = `function (ms, selector, hasText) {
  const root = this;
  const end = Date.now() + ms;
  const centre = ${centreOf.toString()};
  return new Promise((done) => {
    let last = centre(root, selector, hasText);
    let still = 0;
    const frame = () => {
      const now = centre(root, selector, hasText);
      still = now && last && Math.abs(now.x - last.x) < 1 && Math.abs(now.y - last.y) < 1 ? still + 1 : 0;
      last = now;
      if (still >= 2 || Date.now() >= end) done(last);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}`;

/**
 * The popover of a Playwright page (Chromium). `evaluate(fn, ...args)` runs `fn(shadowRoot,
 * ...args)` against the popover's closed shadow root and returns its value (undefined while no
 * popover is open); `waitFor` polls it until it is truthy.
 */
export function popoverOf(page) {
  let session = null;
  let world = null;

  async function shadowRoot() {
    session ??= await page.context().newCDPSession(page);
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST });
    if (!nodeId) return null;
    const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const resolve = () =>
      session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId: world });
    if (world !== null) {
      const resolved = await resolve().catch(() => null); // the world went with a navigation
      if (resolved) return resolved.object.objectId;
    }
    const { frameTree } = await session.send('Page.getFrameTree');
    ({ executionContextId: world } = await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'claimline-e2e',
    }));
    return (await resolve()).object.objectId;
  }

  /** Calls `declaration` with the shadow root as `this`; undefined while no popover is open. */
  async function call(declaration, args) {
    const objectId = await shadowRoot();
    if (!objectId) return undefined;
    const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: declaration,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  const evaluate = (fn, ...args) => call(`function (...args) { return (${fn})(this, ...args); }`, args);

  /**
   * `fn(root, ...args)` once it is truthy: looked at again in the page on every change of the
   * popover (its shadow tree, its host's attributes, where floating-ui places it), never by the
   * clock. Only while no popover is in the page (or a navigation took its world) is it asked for
   * again, every 100 ms.
   */
  async function waitFor(fn, args = [], { timeout = 10_000, message } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await call(whenTrue(fn), [Math.max(0, end - Date.now()), ...args]).catch(() => undefined);
      if (value) return value;
      if (Date.now() >= end) throw new Error(`timed out: ${message ?? fn}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  const centre = (selector, hasText = '') =>
    waitFor(centreOf, [selector, hasText], { message: `${selector} "${hasText}" in the popover` });

  return {
    evaluate,
    waitFor,
    /** Whether a popover is open. */
    isOpen: () => evaluate((root) => Boolean(root.querySelector('[role="dialog"]'))).then(Boolean),
    /** Waits until no popover is open. */
    async closed(timeout = 10_000) {
      for (const end = Date.now() + timeout; Date.now() < end; ) {
        if (!(await this.isOpen())) return;
        await new Promise((ok) => setTimeout(ok, 100));
      }
      throw new Error('the popover stayed open');
    },
    /** textContent of every element matching `selector`. */
    texts: (selector) =>
      evaluate((root, s) => [...root.querySelectorAll(s)].map((e) => e.textContent), selector).then(
        (v) => v ?? [],
      ),
    /** Waits for an element matching `selector` (with `hasText`), and returns its text. */
    text: (selector, hasText = '') =>
      waitFor(
        (root, s, t) => [...root.querySelectorAll(s)].find((e) => e.textContent.includes(t))?.textContent,
        [selector, hasText],
        { message: `${selector} "${hasText}" in the popover` },
      ),
    /** Clicks it with the mouse, as the reader would. */
    async click(selector, hasText = '') {
      // A popover placed against a new figure is transparent until floating-ui has placed it: a
      // reader clicks only what they see, where it stands.
      await waitFor((root) => root.host.style.getPropertyValue('opacity') !== '0', [], {
        message: 'the popover in its place',
      });
      // It still moves while its history loads: click only once the target stands still, as a
      // reader's pointer would.
      await centre(selector, hasText);
      const at = (await call(stableCentre, [2_000, selector, hasText])) ?? (await centre(selector, hasText));
      await page.mouse.click(at.x, at.y);
    },
    /** Clicks into an editable field and types `text` over what it holds. */
    async type(selector, text) {
      await this.click(selector);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    },
  };
}

/**
 * The figures marked in a page as the reader sees them: a figure that crosses inline elements
 * ("approximately <b>4,700</b>") has one mark per text node, and reads as their joined text.
 */
export function markedFigures(page) {
  return page.evaluate(() => {
    const out = [];
    for (const mark of document.querySelectorAll('[data-claimline-mark]')) {
      if (mark.getAttribute('data-claimline-mark') === 'continued' && out.length)
        out[out.length - 1] += mark.textContent;
      else out.push(mark.textContent);
    }
    return out;
  });
}
