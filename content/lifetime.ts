/**
 * How long the content script lives, decided by the extension alone: it ends when the extension's
 * context is gone (updated, disabled, removed), never because of anything the page does. (WXT's
 * ContentScriptContext also ends when a window message says a newer script started; any page can
 * send that message, so Claimline does not rely on that context.)
 */
export interface Lifetime {
  readonly ended: boolean;
  /** Adds a listener that runs only while the script lives, never throws into the page, and goes when it ends. */
  listen(target: EventTarget, type: string, handler: (event: Event) => void): void;
  /** A timeout that does not fire after the end. */
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Runs `fn` once when the script ends (at once if it has). */
  onEnd(fn: () => void): void;
  /** Looks whether the extension is still there, and ends the script if not. */
  check(): boolean;
}

/** How often the extension is looked for, so marks go soon after it does, without a hover. */
const WATCH_MS = 1_000;

/**
 * A lifetime that ends when `alive()` turns false: looked at before every listener and timeout
 * runs, and every WATCH_MS while the page is open.
 */
export function createLifetime(win: Window, alive: () => boolean): Lifetime {
  const controller = new AbortController();
  const onEnd: (() => void)[] = [];
  const end = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    win.clearInterval(watch);
    for (const fn of onEnd.splice(0)) guard(fn);
  };
  const check = () => {
    if (controller.signal.aborted) return false;
    let ok = false;
    try {
      ok = alive();
    } catch {
      ok = false;
    }
    if (!ok) end();
    return ok;
  };
  const watch = win.setInterval(check, WATCH_MS);
  return {
    get ended() {
      return controller.signal.aborted;
    },
    listen(target, type, handler) {
      target.addEventListener(type, (event) => check() && guard(() => handler(event)), {
        signal: controller.signal,
      });
    },
    setTimeout: (fn, ms) => win.setTimeout(() => check() && guard(fn), ms),
    clearTimeout: (id) => win.clearTimeout(id),
    onEnd(fn) {
      if (controller.signal.aborted) guard(fn);
      else onEnd.push(fn);
    },
    check,
  };
}

/** Runs `fn`; an error is logged for the developer, never thrown into the page. */
function guard(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.debug('[claimline]', error);
  }
}
