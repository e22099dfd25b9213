import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The command line of the extraction engine, as `npm run --silent extract -- ...` runs it. */
const CLI = ['--import', 'tsx', join(__dirname, 'extract.ts')];
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, [...CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'claimline-cli-'));
const file = (name: string, body: string): string => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

// each test starts node and tsx once or twice: seconds on a loaded machine, past vitest's 5 s default
describe('extract command line', { timeout: 30_000 }, () => {
  it('--jsonl: one answer per input line, in order, with a clear error for a bad line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'At least 300 soldiers were killed.' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'Погибли около 200 военных.', lang: 'ru' }),
      JSON.stringify({ id: 'c' }),
    ].join('\n');
    const out = run(['--jsonl'], input);
    expect(out.status).toBe(0);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe('a');
    expect(lines[0].figures.map((f: { text: string; metric: string }) => [f.text, f.metric])).toEqual([
      ['At least 300', 'killed'],
    ]);
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining('invalid JSON') });
    expect(lines[2].figures.map((f: { text: string }) => f.text)).toEqual(['около 200']);
    expect(lines[3]).toEqual({ id: null, error: 'missing string "text"' });
  });

  it('FILE: reads an HTML page as a browser shows it (no scripts, entities decoded, source line breaks as spaces)', () => {
    const html = file(
      'page.html',
      `<!doctype html><html><head><title>Report</title><script>var killed = "9,999 killed";</script></head>
<body><p>Officials said at least 300
North Korean soldiers were killed.</p><p>Some&nbsp;1,200 Ukrainian troops were deployed.</p></body></html>`,
    );
    const figures = JSON.parse(execFileSync(process.execPath, [...CLI, html], { encoding: 'utf8' }));
    expect(
      figures.map((f: { text: string; metric: string; party: string }) => [f.text, f.metric, f.party]),
    ).toEqual([
      ['at least 300', 'killed', 'north-korea'],
      ['Some\u00a01,200', 'deployed', 'ukraine'],
    ]);
  });

  it('FILE: reads French HTML as the content script does: every entity, only what the page shows', () => {
    const page = join(__dirname, 'testdata', 'fr-entities.html');
    const figures = JSON.parse(execFileSync(process.execPath, [...CLI, page], { encoding: 'utf8' }));
    const rows = figures.map((f: Record<string, unknown>) => [f.text, f.low, f.high, f.metric, f.claimedBy]);
    expect(rows).toEqual([
      // "ont &eacute;t&eacute; tu&eacute;s" is "ont été tués": killed, not a bare count of soldiers
      ['au moins 1\u00a0200', 1200, null, 'killed', 'l’état-major'],
      ['près de 3\u202f000', null, 3000, 'wounded', 'l’état-major'],
      // "..., a déclaré le préfet": the speaker after the auxiliary
      ['Plus d’une centaine', 100, null, 'killed', 'le préfet'],
      ['Quelque 4\u202f000', 4000, 4000, 'deployed', undefined],
    ]);
    // not the title, a comment, a <pre> or a hidden paragraph (the content script reads none of them)
    expect(figures.map((f: { text: string }) => f.text)).not.toContain('12');
    expect(figures.map((f: { text: string }) => f.text)).not.toContain('900');
  });

  it('FILE: reads plain text, with --lang', () => {
    const txt = file('note.txt', 'Es wurden 40 Soldaten getötet.');
    const figures = JSON.parse(
      execFileSync(process.execPath, [...CLI, txt, '--lang', 'de'], { encoding: 'utf8' }),
    );
    expect(figures.map((f: { text: string }) => f.text)).toEqual(['40']);
  });

  it('says what is wrong with a missing file or no arguments', () => {
    const missing = run([join(dir, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const bare = run([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('usage:');
  });
});
