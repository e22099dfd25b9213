// What the in-browser benches share: an empty page on 127.0.0.1 and their page half, bundled.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Serves one empty page on 127.0.0.1, so a bench's IndexedDB lives in a real http origin. */
export async function serveBlank(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>bench</title>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** A bench's page half (a file in scripts/bench) as one script defining the global `globalName`. */
export async function bundlePage(file: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [join(here, file)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}
