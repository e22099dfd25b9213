// A newsroom for the claim pack tests: its Ed25519 key, packs signed as `npm run pack -- sign`
// signs them, and the static host that serves them on 127.0.0.1, logging every request.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
/** The publisher's key as the reader pastes it. */
export const KEY = `ed25519:${raw.toString('base64')}`;
/** Its fingerprint: the first 16 bytes of SHA-256 of the raw key, in hex. */
export const KEY_ID = createHash('sha256').update(raw).digest('hex').slice(0, 32);

/** A claim of the pack's own (ids without the pack's namespace, as a newsroom writes them). */
export const packClaim = (id, low, fields = {}) => ({
  id,
  subject: 'north-korean-troops-russia-ukraine',
  party: 'north-korea',
  population: 'military',
  metric: 'killed',
  low,
  high: low,
  qualifier: 'approx',
  claimedBy: 'Example Desk analysts',
  claimantType: 'media',
  via: null,
  claimDate: '2025-02-10',
  periodStart: null,
  periodEnd: null,
  cumulative: true,
  place: null,
  sourceUrl: 'https://desk.example/north-korea',
  sourceName: 'Example Desk',
  quote: null,
  note: null,
  origin: 'manual',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...fields,
});

/** A signed pack: its exact bytes, its `.sig` and the ETag the host serves it with. */
export function signedPack(seq, claims, issuedAt = '2026-12-01T08:00:00.000Z') {
  const header = { id: 'example-desk', publisher: 'Example Desk', seq, issuedAt, keyId: KEY_ID };
  const envelope = { format: 'claimline-claims', version: 1, exportedAt: issuedAt, pack: header, claims };
  const body = Buffer.from(`${JSON.stringify(envelope, null, 1)}\n`);
  const sig = JSON.stringify({ signature: sign(null, body, privateKey).toString('base64'), publicKey: KEY });
  return { body, sig, etag: `"${seq}"` };
}

/** The newsroom's static host; `serve(pack)` changes what it serves, `log` has every request. */
export async function newsroom() {
  const log = [];
  let served = null;
  const server = createServer((req, res) => {
    log.push({
      path: req.url,
      cookie: req.headers.cookie ?? null,
      referer: req.headers.referer ?? null,
      ifNoneMatch: req.headers['if-none-match'] ?? null,
    });
    if (served && req.url === '/desk/pack.json') {
      if (req.headers['if-none-match'] === served.etag) return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/json', etag: served.etag }).end(served.body);
    }
    if (served && req.url === '/desk/pack.json.sig') return res.writeHead(200).end(served.sig);
    res.writeHead(404).end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/desk/pack.json`;
  return {
    url,
    log,
    serve: (pack) => {
      served = pack;
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}
