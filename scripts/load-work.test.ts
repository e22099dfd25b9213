import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = resolve(__dirname, '..');

// The extension's browser API as modules import it: message look-ups are reported to the test
const asked = vi.hoisted(() => ({ note: (_key: string): void => {} }));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'load-work-test', onMessage: { addListener: () => {} }, sendMessage: async () => ({}) },
    i18n: {
      getMessage: (key: string) => {
        asked.note(key);
        return key;
      },
      getUILanguage: () => 'en',
    },
    storage: { local: { get: async () => ({}), set: async () => {} }, onChanged: { addListener: () => {} } },
  },
}));

/** What a module's own code did while it was imported: the work each file did, by kind. */
type Work = Record<string, Record<string, number>>;

/**
 * The project file whose own code is running (the innermost frame of the stack with a file, this
 * test's frames and those of `through` aside); null when it is a package's or Node's.
 */
function callerFile(through: string | null): string | null {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(3)) {
    if (line.includes('load-work.test') || (through !== null && line.includes(through))) continue;
    const at = line.indexOf('/');
    if (at < 0 || line.includes('node:')) continue;
    if (line.includes('node_modules') || !line.includes(root)) return null;
    const path = line.slice(line.indexOf(root)).split(':')[0] as string;
    return /\.tsx?$/.test(path) ? relative(root, path) : null;
  }
  return null;
}

/**
 * Imports the modules `load` imports, fresh, with spies on what work at load looks like:
 * compiling a regular expression, asking the browser for a message, and filling a Map, Set or
 * array one element at a time. Returns what each project file did.
 */
async function workAtImport(load: () => Promise<unknown>): Promise<Work> {
  const work: Work = {};
  let busy = false;
  const note = (kind: string, through: string | null = null): void => {
    if (busy) return;
    busy = true;
    try {
      const file = callerFile(through);
      if (file) {
        const of = work[file] ?? {};
        of[kind] = (of[kind] ?? 0) + 1;
        work[file] = of;
      }
    } finally {
      busy = false;
    }
  };
  const RealRegExp = globalThis.RegExp;
  const spyRegExp: RegExpConstructor = new Proxy(RealRegExp, {
    construct(target, args, newTarget): object {
      note('RegExp');
      return Reflect.construct(target, args, newTarget === spyRegExp ? target : newTarget);
    },
    apply(target, self, args) {
      note('RegExp');
      return Reflect.apply(target, self, args);
    },
  });
  // the module that called t(), not lib/i18n
  asked.note = () => note('i18n.getMessage', join('lib', 'i18n', 'index.ts'));
  const wrap = <T extends object>(proto: T, name: keyof T & string, kind: string): (() => void) => {
    const real = proto[name] as (...a: unknown[]) => unknown;
    (proto as Record<string, unknown>)[name] = function (this: unknown, ...a: unknown[]) {
      note(kind);
      return real.apply(this, a);
    };
    return () => {
      (proto as Record<string, unknown>)[name] = real;
    };
  };
  vi.resetModules();
  globalThis.RegExp = spyRegExp;
  const restore = [
    wrap(Map.prototype, 'set', 'Map.set'),
    wrap(Set.prototype, 'add', 'Set.add'),
    wrap(Array.prototype, 'push', 'Array.push'),
  ];
  try {
    await load();
  } finally {
    globalThis.RegExp = RealRegExp;
    for (const r of restore) r();
    asked.note = () => {};
  }
  return work;
}

/**
 * The files that did work at load: any RegExp compiled or message asked for, and a table built
 * (more than FEW elements added to collections; a Set of twenty tags or a list of a hundred
 * number words is a constant).
 */
function workers(work: Work): Record<string, Record<string, number>> {
  const out: Work = {};
  for (const [file, kinds] of Object.entries(work)) {
    const filling = (kinds['Map.set'] ?? 0) + (kinds['Set.add'] ?? 0) + (kinds['Array.push'] ?? 0);
    if ((kinds.RegExp ?? 0) > 0 || (kinds['i18n.getMessage'] ?? 0) > 0 || filling > FEW) out[file] = kinds;
  }
  return out;
}

/** Elements a module may add to collections at load: small constant sets and lists. */
const FEW = 256;

/**
 * Modules of the content script outside lib/extract that do work at load today, with what they
 * do; each is to go from this list when its folder is mended (the test fails until it does).
 */
const KNOWN_ELSEWHERE: Readonly<Record<string, string>> = {};

/** Every module of lib/extract but tests, fixtures and all-languages.ts (which registers every lexicon on import, by design). */
function extractModules(dir = join(root, 'lib', 'extract')): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...extractModules(path));
    else if (/\.ts$/.test(entry.name) && !/\.(test|fixture|cases)\.ts$/.test(entry.name)) out.push(path);
  }
  return out.filter((p) => !p.endsWith(join('lib', 'extract', 'all-languages.ts')));
}

describe('work at load', () => {
  it('no module of lib/extract compiles a RegExp, asks for a message or fills a table when imported', async () => {
    const modules = extractModules();
    expect(modules.length).toBeGreaterThan(50);
    const work = await workAtImport(async () => {
      for (const m of modules) await import(m);
    });
    expect(workers(work)).toEqual({});
  }, 60_000);

  it("no module of the content script's bundle does when it is imported, but the known ones", async () => {
    const work = await workAtImport(() => import('../entrypoints/claimline.content/index'));
    expect(Object.keys(workers(work)).sort()).toEqual(Object.keys(KNOWN_ELSEWHERE).sort());
  });

  it("no module of the popover's or the extractor's script does, nor of the background's", async () => {
    expect(workers(await workAtImport(() => import('../entrypoints/popover-ui')))).toEqual({});
    expect(workers(await workAtImport(() => import('../entrypoints/extractor')))).toEqual({});
    expect(workers(await workAtImport(() => import('../entrypoints/background')))).toEqual({});
  }, 60_000);

  it('is found out when a module does (the check can fail)', async () => {
    const work = await workAtImport(() => import('./load-work.fixture'));
    expect(workers(work)).toMatchObject({
      [join('scripts', 'load-work.fixture.ts')]: { RegExp: 1, 'i18n.getMessage': 1, 'Map.set': 300 },
    });
    // every lexicon compiled on import: tries, word sets and searches
    const all = await workAtImport(() => import('../lib/extract/all-languages'));
    expect(Object.keys(workers(all)).some((f) => f.startsWith(join('lib', 'extract', 'lexicon')))).toBe(true);
  }, 60_000);
});
