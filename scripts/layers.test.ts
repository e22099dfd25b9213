import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerViolations, readTree, type SourceFile } from './layers';

const file = (path: string, ...imports: string[]): SourceFile => ({
  path,
  text: imports.map((spec) => `import { x } from '${spec}';`).join('\n'),
});

/** A small tree that keeps every rule. */
const GOOD = [
  file('entrypoints/claimline.content/index.ts', '../../content/start'),
  file('content/start.ts', '../components/popover/Popover', '../lib/messages/send'),
  file('components/popover/Popover.tsx', '../../lib/wording/format'),
  file('lib/wording/format.ts', '../i18n'),
  file('lib/i18n/index.ts', 'wxt/browser'),
  file('lib/messages/send.ts', 'wxt/browser'),
  file('background/start.ts', '../lib/db'),
  file('lib/db/index.ts', 'dexie'),
];

describe('layers: arrows only downward', () => {
  it('holds for the whole tree', () => {
    const tree = readTree(join(__dirname, '..'));
    expect(tree.length).toBeGreaterThan(200);
    expect(layerViolations(tree)).toEqual([]);
  });

  it('holds for a small tree that keeps the rules', () => {
    expect(layerViolations(GOOD)).toEqual([]);
  });

  it.each([
    ['lib imports components', file('lib/claims/x.ts', '../../components/popover/Popover')],
    ['lib imports content', file('lib/claims/x.ts', '../../content/start')],
    ['lib imports background', file('lib/wording/x.ts', '../../background/start')],
    ['components import content', file('components/popup/X.tsx', '../../content/start')],
    ['components import background', file('components/shared/X.tsx', '../../background/start')],
    ['background imports content', file('background/x.ts', '../content/start')],
    ['the browser API outside its wrappers', file('components/popup/X.tsx', 'wxt/browser')],
    ['the polyfill outside its wrappers', file('content/x.ts', 'webextension-polyfill')],
    ['a content-script module imports lib/db', file('content/x.ts', '../lib/db')],
    ['Dexie is used outside lib/db', file('components/popup/X.tsx', 'dexie')],
  ])('fails when %s', (_, bad) => {
    const tree = [...GOOD, bad, file('content/start.ts', '../components/popover/Popover', './x')];
    const found = layerViolations(
      tree.filter((f, i) => f.path !== 'content/start.ts' || i === tree.length - 1),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(bad.path);
  });

  it('fails when two files import each other, by a type import too', () => {
    const tree = [
      ...GOOD,
      file('lib/extract/a.ts', './b'),
      { path: 'lib/extract/b.ts', text: "import type { A } from './a';" },
    ];
    expect(layerViolations(tree)).toEqual([
      'circle: lib/extract/a.ts -> lib/extract/b.ts -> lib/extract/a.ts',
    ]);
  });

  it('fails on a circle through three files', () => {
    const tree = [
      ...GOOD,
      file('lib/claims/a.ts', './b'),
      file('lib/claims/b.ts', './c'),
      file('lib/claims/c.ts', './a'),
    ];
    expect(layerViolations(tree)).toEqual([
      'circle: lib/claims/a.ts -> lib/claims/b.ts -> lib/claims/c.ts -> lib/claims/a.ts',
    ]);
  });

  it('fails when the content script reaches the database through a module in between', () => {
    const tree = [
      ...GOOD.filter((f) => f.path !== 'content/start.ts'),
      file('content/start.ts', '../lib/claims/helper'),
      file('lib/claims/helper.ts', '../db'),
    ];
    expect(layerViolations(tree)).toEqual([
      'lib/claims/helper.ts -> lib/db/index.ts: the content script never opens the database',
    ]);
  });
});
