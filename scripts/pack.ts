// npm run pack -- keygen [--out DIR]
// npm run pack -- sign --key KEY --in FILE|DIR --out pack.json --id ID --publisher NAME [--seq N] [--deleted FILE]
// Builds and signs claim packs with Node's own Ed25519: a newsroom runs it in its CI and hosts
// pack.json and pack.json.sig on any static server.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Claim } from '../lib/claims/claim';
import { fingerprintOf, fromBase64, toBase64 } from '../lib/io/pack-key';
import { parseImport } from '../lib/io/parse-import';
import { writePack } from '../lib/io/write-pack';

/** Thrown for what the user got wrong: printed as one line, exit code 1. */
class UsageError extends Error {}

const USAGE = `Usage:
  npm run pack -- keygen [--out DIR]
  npm run pack -- sign --key KEY --in FILE|DIR --out pack.json --id ID --publisher NAME [--seq N] [--deleted FILE]`;

/** The public key of a key object, as `ed25519:<base64 of its 32 raw bytes>`. */
function publicKeyText(key: ReturnType<typeof createPublicKey>): string {
  const raw = fromBase64(key.export({ format: 'jwk' }).x ?? '');
  if (!raw) throw new UsageError('the key is not an Ed25519 key');
  return `ed25519:${toBase64(raw)}`;
}

async function keygen(out: string): Promise<void> {
  const secret = join(out, 'claimline-pack.key');
  const pub = join(out, 'claimline-pack.pub');
  if (existsSync(secret))
    throw new UsageError(`${secret} exists: move it away first, a key is never overwritten`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(secret, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  const text = publicKeyText(publicKey);
  writeFileSync(pub, `${text}\n`);
  const fingerprint = await fingerprintOf(fromBase64(text.slice(8)) as Uint8Array);
  console.log(`Wrote ${secret} (secret: keep it out of the repository) and ${pub}.`);
  console.log(`Public key:  ${text}`);
  console.log(`Fingerprint: ${fingerprint}`);
}

/** The claim records of an export, a JSON array or JSON Lines file, or of every such file in a folder. */
function readClaims(path: string): Claim[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => /\.(json|jsonl|ndjson|csv)$/i.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0) throw new UsageError(`${path} holds no .json, .jsonl or .csv files`);
  const claims: Claim[] = [];
  for (const file of files) {
    const parsed = parseImport(new Uint8Array(readFileSync(file)), file);
    if (!parsed.ok) throw new UsageError(`${file}: ${parsed.error}`);
    if (parsed.errorCount > 0) {
      const lines = parsed.errors
        .slice(0, 10)
        .map((e) => `  ${parsed.unit} ${e.line}, ${e.field}: ${e.message}`);
      throw new UsageError(
        `${file}: ${parsed.errorCount} problems, nothing was signed:\n${lines.join('\n')}`,
      );
    }
    claims.push(...parsed.records);
  }
  const ids = new Set<string>();
  for (const c of claims) {
    if (ids.has(c.id)) throw new UsageError(`the id ${c.id} appears twice: nothing was signed`);
    ids.add(c.id);
  }
  return claims;
}

async function signPack(values: Record<string, string | undefined>): Promise<void> {
  for (const name of ['key', 'in', 'out', 'id', 'publisher'])
    if (!values[name]) throw new UsageError(`sign needs --${name}\n${USAGE}`);
  const privateKey = createPrivateKey(readFileSync(values.key as string));
  const publicKey = publicKeyText(createPublicKey(privateKey));
  const keyId = await fingerprintOf(fromBase64(publicKey.slice(8)) as Uint8Array);
  // seconds since 1970 grow with every run of a newsroom's CI without any state to keep
  const seq = values.seq ? Number(values.seq) : Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new UsageError('--seq must be a whole number from 1 up');
  const deleted = values.deleted
    ? readFileSync(values.deleted, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
  const claims = readClaims(values.in as string);
  const header = {
    id: values.id as string,
    publisher: values.publisher as string,
    seq,
    issuedAt: new Date().toISOString(),
    keyId,
  };
  const bytes = Buffer.from(writePack(header, claims, deleted), 'utf8');
  const signature = sign(null, bytes, privateKey);
  writeFileSync(values.out as string, bytes);
  writeFileSync(
    `${values.out}.sig`,
    `${JSON.stringify({ signature: signature.toString('base64'), publicKey })}\n`,
  );
  console.log(
    `Signed ${claims.length} claims as ${header.id} seq ${seq}: ${values.out} and ${values.out}.sig`,
  );
  console.log(`Readers subscribe with the key ${publicKey} (fingerprint ${keyId}).`);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      key: { type: 'string' },
      in: { type: 'string' },
      id: { type: 'string' },
      publisher: { type: 'string' },
      seq: { type: 'string' },
      deleted: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (command === 'keygen') await keygen(values.out ?? '.');
  else if (command === 'sign') await signPack(values);
  else throw new UsageError(USAGE);
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
});
