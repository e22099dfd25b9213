// Marks stay readable on any page: a white page read in dark mode, a page with its own dark
// background, a saturated coloured page, text in a tinted box, a link and gradient text with a
// transparent fill. In each, the mark's text and its underline are measured against what is
// actually behind them (the mark's own background over the page's), with WCAG's contrast ratio,
// at rest and while the reader hovers it; and marking changes nothing of the page's layout.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extensionSession } from './session.mjs';

const FIGURES = ['at least 300', 'about 1,200', 'more than 450', 'nearly 90'];
const session = extensionSession();

/**
 * Runs in the page: for each mark, the contrast of its text and of its underline against the
 * colour behind them (backgrounds composited from the mark up to the canvas, white).
 */
function measureMarks() {
  const parse = (value) => {
    const m = value.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
    if (!m) throw new Error(`unexpected colour ${value}`);
    return { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] };
  };
  const over = (top, below) => ({
    r: top.r * top.a + below.r * (1 - top.a),
    g: top.g * top.a + below.g * (1 - top.a),
    b: top.b * top.a + below.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const contrast = (x, y) => {
    const [hi, lo] = [luminance(x), luminance(y)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  };
  const behind = (el) => {
    const layers = [];
    for (let node = el; node instanceof Element; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      layers.push(bg);
      if (bg.a === 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  return [...document.querySelectorAll('[data-claimline-mark]')].map((mark) => {
    const style = getComputedStyle(mark);
    const background = behind(mark);
    const text = over(parse(style.webkitTextFillColor || style.color), background);
    const underline = over(parse(style.textDecorationColor), background);
    return {
      figure: mark.textContent.replace(/\s+/g, ' ').trim(),
      text: Math.round(contrast(text, background) * 100) / 100,
      underline: Math.round(contrast(underline, background) * 100) / 100,
      shadow: style.textShadow,
    };
  });
}

/** Runs in the page: how far each block of the article moved or changed size since it loaded. */
function layoutShift() {
  return window.layoutBefore.map((was) => {
    const el = was.id.match(/^[a-z]/) ? document.getElementById(was.id) : document.querySelector(was.id);
    const r = el.getBoundingClientRect();
    return {
      id: was.id,
      moved: Math.max(
        Math.abs(r.top - was.top),
        Math.abs(r.height - was.height),
        Math.abs(r.width - was.width),
      ),
    };
  });
}

function assertReadable(marks, where) {
  assert.deepEqual(
    marks.map((m) => m.figure),
    FIGURES,
    `${where}: every figure is marked`,
  );
  for (const m of marks) {
    assert.ok(m.text >= 4.5, `${where}: "${m.figure}" text contrast ${m.text}:1 (needs 4.5:1)`);
    assert.ok(m.underline >= 3, `${where}: "${m.figure}" underline contrast ${m.underline}:1 (needs 3:1)`);
    assert.equal(m.shadow, 'none', `${where}: "${m.figure}" keeps no text shadow of the page`);
  }
}

describe('marks are readable on light, dark and coloured pages', () => {
  for (const scheme of ['dark', 'light'])
    for (const look of ['light', 'dark', 'coloured'])
      test(`a ${look} page read in the ${scheme} colour scheme`, async () => {
        const page = await session.browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${session.server.url}/pages/marks-contrast.html?page=${look}`);
        await page.locator('claimline-mark', { hasText: 'nearly 90' }).waitFor({ timeout: 15_000 });
        const where = `${look} page, ${scheme} scheme`;
        assertReadable(await page.evaluate(measureMarks), where);

        for (const block of await page.evaluate(layoutShift))
          assert.ok(block.moved < 0.5, `${where}: ${block.id} moved ${block.moved}px when marked`);

        // hovered (the popover opens on it): still readable
        await page.locator('claimline-mark', { hasText: 'about 1,200' }).hover();
        await page.waitForFunction(() =>
          document.querySelector('[data-claimline-mark][aria-expanded="true"], [data-claimline-mark]:hover'),
        );
        assertReadable(await page.evaluate(measureMarks), `${where}, hovered`);
        await page.close();
      });
});
