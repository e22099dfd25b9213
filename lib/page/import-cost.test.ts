// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';

/**
 * The content script is injected into every page: importing its modules must build nothing (no
 * regular expression compiled, no message looked up, no table or formatter made), and no other
 * bundle does either: its work waits until it is needed. Each spy records the work done from the
 * project's own code while a bundle's module graph is imported afresh.
 */
const OWN_CODE = /\/(lib|components|entrypoints)\/[^:]*\.tsx?/;

function callerOf(stack: string | undefined): string | null {
  // the first frame past this file: the code that asked for the work
  const frames = (stack ?? '').split('\n').slice(2);
  const frame = frames.find((line) => !line.includes('import-cost.test'));
  if (!frame || frame.includes('node_modules')) return null;
  const place = frame.match(OWN_CODE);
  return place ? place[0] : null;
}

function spyOnConstructors(work: string[]) {
  const originals: [object, string, unknown][] = [];
  const watch = (owner: Record<string, unknown>, name: string, counts: (args: unknown[]) => boolean) => {
    const original = owner[name] as new (...args: unknown[]) => unknown;
    originals.push([owner, name, original]);
    owner[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        const caller = counts(args) ? callerOf(new Error().stack) : null;
        if (caller) work.push(`new ${name} in ${caller}`);
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        const caller = counts(args) ? callerOf(new Error().stack) : null;
        if (caller) work.push(`${name}() in ${caller}`);
        return Reflect.apply(target, self, args);
      },
    });
  };
  const always = () => true;
  const filled = (args: unknown[]) => args[0] !== undefined && args[0] !== null;
  const global = globalThis as unknown as Record<string, unknown>;
  watch(global, 'RegExp', always);
  watch(global, 'Map', filled);
  watch(global, 'Set', filled);
  const intl = Intl as unknown as Record<string, unknown>;
  for (const name of ['NumberFormat', 'PluralRules', 'DateTimeFormat', 'Collator', 'Segmenter'])
    watch(intl, name, always);
  return () => {
    for (const [owner, name, original] of originals) (owner as Record<string, unknown>)[name] = original;
  };
}

/** An extension's `browser` whose every call is recorded as work done at import. */
function fakeExtensionApi(work: string[]) {
  const record =
    (name: string, answer: unknown = undefined) =>
    (..._args: unknown[]) => {
      work.push(`${name} in ${callerOf(new Error().stack) ?? 'a library'}`);
      return answer;
    };
  return {
    runtime: {
      id: 'claimline-test',
      getURL: record('runtime.getURL', ''),
      sendMessage: record('runtime.sendMessage', Promise.resolve()),
      onMessage: { addListener: record('runtime.onMessage.addListener') },
    },
    i18n: { getMessage: record('i18n.getMessage', ''), getUILanguage: record('i18n.getUILanguage', 'en') },
    storage: {
      local: { get: record('storage.local.get', Promise.resolve({})), set: record('storage.local.set') },
      onChanged: { addListener: record('storage.onChanged.addListener') },
    },
  };
}

async function workAtImport(load: () => Promise<unknown>): Promise<string[]> {
  const work: string[] = [];
  vi.resetModules();
  const browser = fakeExtensionApi(work);
  vi.doMock('wxt/browser', () => ({ browser }));
  const restore = spyOnConstructors(work);
  try {
    await load();
  } finally {
    restore();
  }
  return work;
}

afterEach(() => {
  vi.doUnmock('wxt/browser');
});

describe('importing a bundle does no work', () => {
  test("the content script (scanning, extraction, marks, the popover's trigger)", async () => {
    const work = await workAtImport(() => import('../../entrypoints/claimline.content/index'));
    expect(work).toEqual([]);
  });

  test("the popover's script (the popover, its chart and save form)", async () => {
    const work = await workAtImport(() => import('../../entrypoints/popover-ui'));
    expect(work).toEqual([]);
  });

  test('the background', async () => {
    const work = await workAtImport(() => import('../../entrypoints/background'));
    expect(work).toEqual([]);
  });

  test('the spies see work done at import', async () => {
    // a module that compiles a pattern and looks up a message when imported
    const work = await workAtImport(() => import('./import-cost.fixture'));
    expect(work).toEqual([
      expect.stringMatching(/^new RegExp in .*import-cost\.fixture\.ts/),
      expect.stringMatching(/^i18n\.getMessage in .*lib\/i18n\.ts/),
    ]);
  });
});
