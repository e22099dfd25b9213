// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { pageText } from './page-text';

test("a page's whole text: every text node, a line break between two, no scripts or styles, open shadow roots", () => {
  document.body.innerHTML =
    '<h2>300 killed</h2><p>Officials said <b>about</b> 40 were hurt.</p><script>var killed = 1;</script><style>p{}</style><div id="host"></div>';
  const host = document.getElementById('host') as HTMLElement;
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside 12 troops</p>';
  const text = pageText(document.body);
  // a heading's last word is not glued to the paragraph after it
  expect(text).toContain('300 killed\nOfficials said \nabout\n 40 were hurt.');
  expect(text).not.toContain('var killed');
  expect(text).not.toContain('p{}');
  expect(text).toContain('Inside 12 troops');
});
