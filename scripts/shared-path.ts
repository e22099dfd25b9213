import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The absolute path of a file under ../shared (next to the repository). When it is missing,
 * says which path is missing and exits 1: ../shared is only present in the Claimline workplace and CI.
 */
export function sharedPath(...parts: string[]): string {
  const path = resolve(repoRoot, '..', 'shared', ...parts);
  if (!existsSync(path)) {
    console.error(`Missing ${path}`);
    console.error('../shared (the corpus and peer specs) is only present in the Claimline workplace and CI.');
    process.exit(1);
  }
  return path;
}
