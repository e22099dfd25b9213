import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** One source file: its path from the project root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The folders whose code ships in the extension, top layer first. */
export const LAYER_ROOTS = ['entrypoints', 'content', 'background', 'components', 'lib', 'seeds'];

/** The only modules that may touch the browser's extension API: they exist to wrap it. */
const BROWSER_WRAPPERS = [
  /^lib\/messages\/(send|receive|claims-changed|ask-page)\.ts$/,
  /^lib\/storage\//,
  /^lib\/i18n\//,
  /^lib\/browser\//,
];
const BROWSER_API = new Set(['wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill']);
const CONTENT_SCRIPT = 'entrypoints/claimline.content/index.ts';

/** Which top folders a folder's code must never import (arrows only downward). */
const FORBIDDEN: Record<string, string[]> = {
  lib: ['entrypoints', 'content', 'background', 'components'],
  components: ['entrypoints', 'content', 'background'],
  content: ['entrypoints', 'background'],
  background: ['entrypoints', 'content', 'components'],
  seeds: ['entrypoints', 'content', 'background', 'components'],
};

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;
const isTest = (path: string) => /\.(test|fixture)\.tsx?$|test-helpers|test-setup/.test(path);

/** What a file imports: project paths for relative imports (resolved among `known`), package names as written. */
export function importsOf(file: SourceFile, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const match of file.text.matchAll(IMPORT)) {
    const spec = (match[2] ?? '').split('?')[0] ?? '';
    if (!spec.startsWith('.')) {
      out.push(spec);
      continue;
    }
    const base = posix.normalize(posix.join(posix.dirname(file.path), spec));
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((e) => base + e)
      .find((p) => known.has(p));
    out.push(found ?? base);
  }
  return out;
}

/**
 * Every import that breaks the house's layering, as "file -> import: why": an upward arrow, the
 * browser API outside its wrappers, `lib/db` (Dexie) reachable from the content script, or files
 * that import each other in a circle (type imports too: a circle is one module in two files).
 */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const known = new Set(files.map((f) => f.path));
  const graph = new Map(files.map((f) => [f.path, importsOf(f, known)]));
  const out: string[] = [];
  for (const [path, imports] of graph) {
    const top = path.split('/')[0] ?? '';
    for (const target of imports) {
      const targetTop = target.split('/')[0] ?? '';
      if (FORBIDDEN[top]?.includes(targetTop))
        out.push(`${path} -> ${target}: ${top}/ never imports ${targetTop}/`);
      if (target === 'dexie' && !isTest(path) && !path.startsWith('lib/db/'))
        out.push(`${path} -> dexie: the database only through lib/db's repository functions`);
      if (BROWSER_API.has(target) && !isTest(path) && !BROWSER_WRAPPERS.some((re) => re.test(path)))
        out.push(
          `${path} -> ${target}: the browser API only behind lib/messages, lib/storage, lib/i18n, lib/browser`,
        );
    }
  }
  // Everything the content script bundles, following imports from its entrypoint.
  const seen = new Set<string>();
  const queue = [CONTENT_SCRIPT];
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const target of graph.get(path) ?? []) {
      if (target.startsWith('lib/db/') || target === 'lib/db' || target === 'dexie')
        out.push(`${path} -> ${target}: the content script never opens the database`);
      else if (known.has(target)) queue.push(target);
    }
  }
  out.push(...circlesOf(graph));
  return out;
}

/** Each import circle among the files of `graph` once, as "circle: a -> b -> a". */
function circlesOf(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (node: string) => {
    path.push(node);
    onPath.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next) || done.has(next)) continue;
      if (onPath.has(next)) out.push(`circle: ${[...path.slice(path.indexOf(next)), next].join(' -> ')}`);
      else visit(next);
    }
    path.pop();
    onPath.delete(node);
    done.add(node);
  };
  for (const node of [...graph.keys()].filter((p) => !isTest(p)).sort()) if (!done.has(node)) visit(node);
  return out;
}

/** The shipped source files of the tree at `root`. */
export function readTree(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|mjs)$/.test(entry.name))
        out.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  for (const dir of LAYER_ROOTS) walk(dir);
  return out;
}
