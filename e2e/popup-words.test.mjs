// The popup reads words, not codes, in the reader's language: every menu option, the party
// picked by its name, and a search for the words a row shows. German UI, then English.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './browser.mjs';
import { popoverOf } from './popover.mjs';
import { startServer } from './serve.mjs';
import { storedClaims } from './stored-claims.mjs';

const SEEDED = 148;
/** What a code looks like on screen: "atLeast", "third-government", "un-ngo", "north-korea". */
const CODE = /^[a-z]+([A-Z][a-z]*)+$|^[a-z]+(-[a-z]+)+$/;

async function openPopup(browser, countText) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('.count', { hasText: countText }).waitFor({ timeout: 15_000 });
  return page;
}

/** The text of every option of every select and datalist in `scope`. */
const optionTexts = (scope) =>
  scope
    .locator('select option, datalist option')
    .evaluateAll((options) => options.map((o) => o.textContent?.trim() || o.value));

function assertWords(texts, where) {
  assert.ok(texts.length > 20, `${where}: ${texts.length} options`);
  const codes = texts.filter((text) => text === '' || CODE.test(text));
  assert.deepEqual(codes, [], `${where} shows codes`);
}

describe('the popup in German', () => {
  let browser;
  let server;
  let page;

  before(async () => {
    server = await startServer();
    browser = await launchWithExtension({ locale: 'de-DE' });
    page = await openPopup(browser, `${SEEDED} Angaben`);
    await page.getByRole('tab', { name: 'Angaben' }).click();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('no option of the filters or of the claim form shows a code', async () => {
    await page.getByText('Filter und Sortierung').click();
    const filters = await optionTexts(page.locator('.filters'));
    assertWords(filters, 'filters');
    assert.ok(filters.includes('Soldaten abgezogen') || filters.includes('abgezogen'), filters.join(', '));
    await page.getByRole('button', { name: 'Angabe hinzufügen' }).click();
    const form = page.getByRole('form', { name: 'Angabe hinzufügen' });
    const options = await optionTexts(form);
    assertWords(options, 'claim form');
    for (const word of ['mindestens', 'mehr als', 'Drittstaat', 'UN/NGO', 'Nordkorea', 'Hisbollah'])
      assert.ok(options.includes(word), `${word} is offered`);
    await form.getByRole('button', { name: 'Abbrechen' }).click();
  });

  test('picking "Nordkorea" by name from the keyboard saves north-korea', async () => {
    await page.getByRole('button', { name: 'Angabe hinzufügen' }).click();
    const form = page.getByRole('form', { name: 'Angabe hinzufügen' });
    await form.getByLabel(/^Urheber( \*)?$/).fill('Ostland-Beobachtungsstelle');
    await form.getByLabel(/^Datum der Angabe( \*)?$/).fill('2025-04-02');
    await form.getByLabel('Untergrenze', { exact: true }).fill('800');
    await form.getByLabel('Obergrenze', { exact: true }).fill('800');
    const party = form.getByRole('combobox', { name: 'Partei' });
    await party.focus();
    await page.keyboard.type('Nordkorea');
    assert.equal(await party.inputValue(), 'Nordkorea');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await page.locator('.count', { hasText: `${SEEDED + 1} Angaben` }).waitFor();
    const saved = (await storedClaims(page)).find((c) => c.claimedBy === 'Ostland-Beobachtungsstelle');
    assert.equal(saved.party, 'north-korea');

    // opened again, the claim shows the party by its name; another name is kept as its own slug
    await page.getByLabel('Angaben durchsuchen').fill('Ostland-Beobachtungsstelle');
    await page.locator('.claim-row button').first().click();
    const edit = page.getByRole('form', { name: 'Angabe bearbeiten' });
    assert.equal(await edit.getByRole('combobox', { name: 'Partei' }).inputValue(), 'Nordkorea');
    await edit.getByRole('combobox', { name: 'Partei' }).fill('Freiwilligenkorps Ost');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForFunction(() => !document.querySelector('form.claim-form'));
    const edited = (await storedClaims(page)).find((c) => c.claimedBy === 'Ostland-Beobachtungsstelle');
    assert.equal(edited.party, 'freiwilligenkorps-ost');
    await page.getByLabel('Angaben durchsuchen').fill('');
  });

  test('"abgezogen" finds the rows that read "Soldaten abgezogen"', async () => {
    await page.getByLabel('Angaben durchsuchen').fill('abgezogen');
    await page.getByText(`Treffer: 1 von ${SEEDED + 1}`).waitFor();
    const rows = page.locator('.claim-row');
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().textContent(), /abgezogen/);
    await page.getByLabel('Angaben durchsuchen').fill('mindestens nordkorea');
    await page.getByText(new RegExp(`Treffer: \\d+ von ${SEEDED + 1}`)).waitFor();
    for (const text of await rows.allTextContents()) assert.match(text, /mindestens/);
    await page.getByLabel('Angaben durchsuchen').fill('');
  });

  test("the popover's save form offers words too, the party by its German name", async () => {
    const article = await browser.context.newPage();
    await article.goto(`${server.url}/demo/article.html`);
    await article.locator('claimline-mark', { hasText: /^at least 300$/ }).click();
    const popover = popoverOf(article);
    await popover.text('.summary');
    await popover.click('button', 'Im Verlauf speichern');
    await popover.text('.save-form');
    const form = await popover.evaluate((root) => ({
      options: [...root.querySelectorAll('.save-form option')].map((o) => o.textContent.trim()),
      party: root.querySelector('[data-field="party"]')?.selectedOptions?.[0]?.textContent,
    }));
    assertWords(form.options, 'save form');
    assert.equal(form.party, 'Nordkorea');
    await article.close();
  });
});

describe('the popup in English', () => {
  let browser;

  before(async () => {
    browser = await launchWithExtension();
  });
  after(() => browser?.close());

  test('"withdrawn" finds the rows that read "troops withdrawn"; options read words', async () => {
    const page = await openPopup(browser, `${SEEDED} claims`);
    await page.getByRole('tab', { name: 'Claims' }).click();
    await page.getByRole('button', { name: 'Add claim' }).click();
    const form = page.getByRole('form', { name: 'Add claim' });
    const options = await optionTexts(form);
    assertWords(options, 'claim form');
    for (const word of ['at least', 'more than', 'third-country government', 'UN or NGO', 'North Korea'])
      assert.ok(options.includes(word), `${word} is offered`);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Search claims').fill('withdrawn');
    await page.getByText(`1 of ${SEEDED} claims match`).waitFor();
    assert.match(await page.locator('.claim-row').first().textContent(), /troops withdrawn/);
  });
});
