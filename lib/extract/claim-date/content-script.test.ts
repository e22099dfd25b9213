import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..', '..');

/** The file a relative import names (".ts", ".tsx" or its folder's index), or null (a package). */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** Every module a file imports, statically or by import(), and the packages they name. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    )) {
      const spec = (m[1] ?? m[2]) as string;
      if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue;
      const next = resolveImport(file, spec);
      if (next) queue.push(next);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  }
  return { files, packages };
}

describe('the content script', () => {
  it('never carries the claim-date reader or its date parser (the background reads claim dates)', () => {
    // the content script and the extractor's script it loads (content/load-extractor.ts)
    const page = importGraph(join(root, 'entrypoints', 'claimline.content', 'index.ts'));
    const extractor = importGraph(join(root, 'entrypoints', 'extractor.ts'));
    const files = new Set([...page.files, ...extractor.files]);
    const packages = new Set([...page.packages, ...extractor.packages]);
    expect(files.has(join(root, 'lib', 'extract', 'extract.ts'))).toBe(true);
    expect([...files].filter((f) => f.includes(`${join('lib', 'extract', 'claim-date')}`))).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('chrono-node'))).toEqual([]);
  });

  it('is found to carry it when a module it imports does (the check can fail)', () => {
    const { files, packages } = importGraph(join(root, 'lib', 'extract', 'all-languages.ts'));
    expect(files.has(join(root, 'lib', 'extract', 'claim-date', 'index.ts'))).toBe(true);
    expect(packages.has('chrono-node/de')).toBe(true);
  });
});
