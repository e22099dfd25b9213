// The keyboard in Firefox's Settings (firefox-esr, puppeteer-core over WebDriver BiDi): Firefox
// gives the two page shortcuts their suggested keys, and Settings shows them with the tab-stop
// choice.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchFirefoxWithExtension, until } from './firefox.mjs';

describe('Firefox: the keyboard in Settings', () => {
  let firefox;
  let popup;
  before(async () => {
    firefox = await launchFirefoxWithExtension();
    popup = await firefox.openExtensionPage('popup.html');
    await until(
      () => popup.evaluate(() => !!document.querySelector('[role="tab"]')),
      'the popup shows its tabs',
    );
    await popup.evaluate(() =>
      [...document.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === 'Settings')?.click(),
    );
  });
  after(() => firefox?.close());

  test('the two shortcuts with their keys, where to change them, and the tab-stop choice', async () => {
    const rows = () =>
      popup.evaluate(() => [...document.querySelectorAll('.shortcuts > div')].map((row) => row.textContent));
    await until(async () => (await rows()).join('').includes('Alt+Shift+M'), 'the shortcuts are listed');
    assert.deepEqual(await rows(), [
      "Hide or show Claimline's marks on this pageAlt+Shift+M",
      'Go to the next figure on this pageAlt+Shift+F',
    ]);
    const page = await popup.evaluate(() => document.querySelector('.settings')?.textContent ?? '');
    assert.match(page, /about:addons/);
    const radios = await popup.evaluate(() =>
      [...document.querySelectorAll('input[name="tab-stops"]')].map((r) => `${r.value}:${r.checked}`),
    );
    assert.deepEqual(radios, ['block:true', 'figure:false']);
  });
});
