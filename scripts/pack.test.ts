import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../lib/io/read-pack';

/** `npm run --silent pack -- ...` as a newsroom's CI runs it. */
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'pack.ts'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

const record = (id: string, low: number) => ({
  id,
  subject: 'example-war-dead',
  metric: 'killed',
  low,
  high: low,
  qualifier: 'exact',
  claimedBy: 'Examplia civil defence',
  claimDate: '2026-11-28',
});

describe('pack command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-pack-'));

  it('keygen, then sign a folder of claims: the extension reads the pack with the printed key', async () => {
    const keygen = run(['keygen', '--out', dir]);
    expect(keygen.status, keygen.stderr).toBe(0);
    expect(statSync(join(dir, 'claimline-pack.key')).mode & 0o077).toBe(0); // the secret is the owner's only
    const key = readFileSync(join(dir, 'claimline-pack.pub'), 'utf8').trim();
    expect(keygen.stdout).toContain(key);

    const claims = join(dir, 'claims');
    mkdirSync(claims);
    writeFileSync(join(claims, 'north.json'), JSON.stringify([record('n1', 40), record('n2', 75)]));
    writeFileSync(join(claims, 'south.jsonl'), `${JSON.stringify(record('s1', 12))}\n`);
    const out = join(dir, 'pack.json');
    const signed = run([
      'sign',
      '--key',
      join(dir, 'claimline-pack.key'),
      '--in',
      claims,
      '--out',
      out,
      '--id',
      'example-desk',
      '--publisher',
      'Example Desk',
      '--seq',
      '7',
    ]);
    expect(signed.status, signed.stderr).toBe(0);

    const read = await readPack(
      new Uint8Array(readFileSync(out)),
      readFileSync(`${out}.sig`, 'utf8'),
      { publicKey: key },
      6,
    );
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.header).toMatchObject({ id: 'example-desk', publisher: 'Example Desk', seq: 7 });
      expect(read.claims.map((c) => c.id).sort()).toEqual([
        'pack:example-desk:n1',
        'pack:example-desk:n2',
        'pack:example-desk:s1',
      ]);
    }
  });

  it('never overwrites a key, and signs nothing from claims that do not validate', () => {
    const again = run(['keygen', '--out', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([record('x', 1), { ...record('y', 2), metric: 'exploded' }]));
    const out = join(dir, 'never.json');
    const signed = run([
      'sign',
      '--key',
      join(dir, 'claimline-pack.key'),
      '--in',
      bad,
      '--out',
      out,
      '--id',
      'example-desk',
      '--publisher',
      'Example Desk',
    ]);
    expect(signed.status).toBe(1);
    expect(signed.stderr).toMatch(/record 2, metric/);
    expect(existsSync(out)).toBe(false);
  });

  it('says what it needs when an option is missing', () => {
    const signed = run(['sign', '--in', dir]);
    expect(signed.status).toBe(1);
    expect(signed.stderr).toMatch(/sign needs --key/);
  });
});
