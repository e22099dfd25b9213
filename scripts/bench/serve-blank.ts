import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

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
