// Claim dates and CSV files as a German reader meets them in the popup: a date in the future is
// named as an error of its field (form and import), and a semicolon file with the form's German
// labels as its header and German-grouped numbers imports.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { storedClaims } from './stored-claims.mjs';

const SEEDED = 148;

describe('dates and CSV in the German popup', () => {
  let browser;
  let page;

  before(async () => {
    browser = await launchWithExtension({ locale: 'de-DE' });
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.locator('.count', { hasText: `${SEEDED} Angaben` }).waitFor({ timeout: 15_000 });
  });
  after(() => browser?.close());

  test('the form refuses a claim date in 2031, naming the field', async () => {
    await page.getByRole('tab', { name: 'Angaben' }).click();
    await page.getByRole('button', { name: 'Angabe hinzufügen' }).click();
    const form = page.getByRole('form', { name: 'Angabe hinzufügen' });
    await form.getByLabel(/^Urheber( \*)?$/).fill('Zukunftsamt');
    const date = form.getByLabel(/^Datum der Angabe( \*)?$/);
    await date.fill('2031-01-01');
    await form.getByLabel('Untergrenze', { exact: true }).fill('10');
    await form.getByLabel('Obergrenze', { exact: true }).fill('10');
    await form.getByRole('button', { name: 'Speichern' }).click();
    const error = form.locator('#field-claimDate-error');
    await error.waitFor();
    assert.equal(await error.textContent(), 'Datum der Angabe 2031-01-01 liegt in der Zukunft');
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('.count').textContent(), `${SEEDED} Angaben`);
    await form.getByRole('button', { name: 'Abbrechen' }).click();
  });

  test('a semicolon file with German labels shows its mapping and first rows; Cancel writes nothing', async () => {
    await page.getByRole('tab', { name: 'Import / Export' }).click();
    const csv = [
      'Kennzahl;Einschränkung;Urheber;Datum der Angabe;Untergrenze;Obergrenze;Farbe',
      'killed;exact;Gesundheitsamt Ostland;2026-10-01;"53.977";"53.977";rot',
      'wounded;approx;Gesundheitsamt Ostland;2031-01-01;1.200;1.200;blau',
    ].join('\r\n');
    const file = { name: 'tabelle.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
    await page.getByLabel('Datei importieren').setInputFiles(file);
    const summary = page.getByRole('region', { name: 'Importübersicht' });
    await summary.waitFor({ timeout: 30_000 });
    const mapping = summary.getByRole('table', { name: 'So werden die Spalten dieser Datei gelesen' });
    assert.match(await mapping.locator('caption').textContent(), /Spalten getrennt durch „?“?;/);
    const pairs = await mapping
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    assert.deepEqual(pairs, [
      ['Kennzahl', 'Kennzahl'],
      ['Einschränkung', 'Einschränkung'],
      ['Urheber', 'Urheber'],
      ['Datum der Angabe', 'Datum der Angabe'],
      ['Untergrenze', 'Untergrenze'],
      ['Obergrenze', 'Obergrenze'],
      ['Farbe', 'ignoriert'],
    ]);
    const preview = summary.getByRole('table', { name: 'Die ersten Zeilen, wie sie importiert werden' });
    const rows = await preview
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((r) => [...r.cells].map((c) => c.textContent)));
    assert.equal(rows.length, 2);
    // the line, then each field as the reader will see it: option words, a German date, German numbers
    assert.equal(rows[0][0], '2');
    assert.equal(rows[0][1], 'Getötete');
    assert.equal(rows[0][3], 'Gesundheitsamt Ostland');
    assert.match(rows[0][4], /^1\. Okt\.? 2026$/);
    assert.deepEqual(rows[0].slice(5), ['53.977', '53.977']);
    assert.equal(rows[1][1], 'Verwundete');
    assert.deepEqual(rows[1].slice(5), ['1.200', '1.200']);
    await summary.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByText('Import abgebrochen', { exact: false }).waitFor();
    assert.equal(await summary.count(), 0);
    assert.equal(await page.locator('.count').textContent(), `${SEEDED} Angaben`);
    assert.equal(
      (await storedClaims(page)).filter((c) => c.claimedBy === 'Gesundheitsamt Ostland').length,
      0,
    );
  });

  test('the same file imports after the preview; its 2031 row is named by the German label', async () => {
    const csv = [
      'Kennzahl;Einschränkung;Urheber;Datum der Angabe;Untergrenze;Obergrenze;Farbe',
      'killed;exact;Gesundheitsamt Ostland;2026-10-01;"53.977";"53.977";rot',
      'wounded;approx;Gesundheitsamt Ostland;2031-01-01;1.200;1.200;blau',
    ].join('\r\n');
    await page.getByLabel('Datei importieren').setInputFiles({
      name: 'tabelle.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const summary = page.getByRole('region', { name: 'Importübersicht' });
    await summary.waitFor({ timeout: 30_000 });
    assert.equal(
      await summary.locator('.summary').textContent(),
      '1 neue Angabe, Duplikate übersprungen: 0, Zeilen mit Fehlern: 1',
    );
    const errors = await summary.getByRole('list', { name: 'Fehler in der Datei' }).textContent();
    assert.match(errors, /Zeile 3: Datum der Angabe 2031-01-01 liegt in der Zukunft/);
    assert.doesNotMatch(errors, /claimDate/);
    await summary.getByLabel(/Zeilen mit Fehlern auslassen/).check();
    await summary.getByRole('button', { name: '1 Angabe importieren' }).click();
    await page.locator('.count', { hasText: `${SEEDED + 1} Angaben` }).waitFor();
    const imported = (await storedClaims(page)).filter((c) => c.claimedBy === 'Gesundheitsamt Ostland');
    assert.equal(imported.length, 1);
    assert.equal(imported[0].low, 53977);
    assert.equal(imported[0].claimDate, '2026-10-01');
    assert.equal('Farbe' in imported[0], false);
  });

  test('a comma file with English labels reads a quoted "53,977" as a number', async () => {
    const csv =
      'Metric,Qualifier,Claimant,Claim date,Low,High\r\nkilled,exact,Monitor West,2026-09-01,"53,977","53,977"\r\n';
    await page.getByLabel('Datei importieren').setInputFiles({
      name: 'sheet.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const summary = page.getByRole('region', { name: 'Importübersicht' });
    await summary.locator('.summary', { hasText: '1 neue Angabe' }).waitFor({ timeout: 30_000 });
    assert.match(await summary.locator('.summary').textContent(), /Zeilen mit Fehlern: 0/);
    await summary.getByRole('button', { name: '1 Angabe importieren' }).click();
    await page.locator('.count', { hasText: `${SEEDED + 2} Angaben` }).waitFor();
    const imported = (await storedClaims(page)).find((c) => c.claimedBy === 'Monitor West');
    assert.equal(imported.low, 53977);
  });
});
