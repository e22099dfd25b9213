export {};

// npm run bench [-- NAME...]: runs every benchmark module listed below (or only those named).
// Each module exports `run(): Promise<void>` and prints its own lines. Append yours to BENCHES.
const BENCHES: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  extract: () => import('./bench/extract'),
  lookup: () => import('./bench/lookup'),
  packs: () => import('./bench/packs'),
  pages: () => import('./bench/pages'),
  startup: () => import('./bench/startup'),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(BENCHES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const mod = await load();
  await mod.run();
}
