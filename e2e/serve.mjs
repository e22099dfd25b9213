// A tiny static server on 127.0.0.1 for the demo article and the end-to-end test pages.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const ROUTES = {
  '/demo/': join(root, 'demo'),
  '/pages/': join(root, 'e2e/pages'),
  '/shared-pages/': resolve(root, '../shared/pages'),
  '/artifacts/': join(root, 'artifacts'),
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  if (path === '/' || path === '/demo') return join(ROUTES['/demo/'], 'article.html');
  for (const [prefix, dir] of Object.entries(ROUTES)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** Starts the server on 127.0.0.1 (port 0: any free port); resolves to { url, close }. */
export function startServer(port = 0) {
  const server = createServer((req, res) => {
    const file = fileFor(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    // Saved real pages are served with their scripts off, so their DOM is exactly their HTML
    // (extension content scripts are not subject to the page's CSP).
    if (req.url.startsWith('/shared-pages/')) headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers);
    if (req.url.includes('bench=1') && file.endsWith('.html')) {
      // the page benchmark asks the content script to report what scanning cost
      const html = readFileSync(file, 'utf8');
      const at = html.search(/<head[^>]*>/i);
      const meta = '<meta name="claimline-bench" content="1">';
      res.end(at < 0 ? meta + html : html.replace(/<head[^>]*>/i, (h) => h + meta));
      return;
    }
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      ok({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(Number(process.env.PORT ?? 5173));
  console.log(`Serving the demo article at ${url}/demo/article.html`);
}
