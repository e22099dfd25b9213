// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractFigures } from '../lib/extract';
import { articleDate } from './article-date';
import { markFigures } from './mark-figures';
import { regexExtractor } from './test-extractor';
import { collectTextBlocks } from './text-blocks';

/** A stand-in extractor: every run of digits and commas is a "killed" figure. */
const digits = regexExtractor(/\d[\d,]*/g);

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const collapseBlocks = () => collectTextBlocks(document.body).map((b) => b.text);

describe('collectTextBlocks', () => {
  it('reads text across inline elements as one block', () => {
    document.body.innerHTML = '<p>Some <b>4,700</b> casualties, <a href="#">including 600</a> dead.</p>';
    const blocks = collectTextBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['Some 4,700 casualties, including 600 dead.']);
  });

  it('keeps the white space between two inline elements, and reads none between blocks', () => {
    document.body.innerHTML =
      '<div>\n  <p>Some <em>approximately</em> <strong>1,500</strong> troops.</p>\n  <p>Next.</p>\n</div>';
    expect(collapseBlocks()).toEqual(['Some approximately 1,500 troops.', 'Next.']);
  });

  it('reads a line break of the HTML source inside a paragraph as a space, not where the page shows it', () => {
    document.body.innerHTML =
      '<p>Officials said at least 300\nNorth Korean <i>soldiers\twere</i> killed.</p>' +
      '<div style="white-space: pre-line">Russia lost 300 soldiers\nUkraine lost 200</div>';
    expect(collectTextBlocks(document.body).map((b) => b.text)).toEqual([
      'Officials said at least 300 North Korean soldiers were killed.',
      'Russia lost 300 soldiers\nUkraine lost 200',
    ]);
  });

  it('skips scripts, styles, code, form fields, editable and hidden content', () => {
    document.body.innerHTML = `<p>1</p><script>var x = 2</script><style>.a{}</style><pre>3</pre><code>4</code>
      <textarea>5</textarea><div contenteditable="true">6</div><div hidden>7</div><p aria-hidden="true">8</p><p>9</p>`;
    const text = collectTextBlocks(document.body).map((b) => b.text.trim());
    expect(text).toEqual(['1', '9']);
  });
});

describe('markFigures', () => {
  it('wraps figures in focusable marks without changing the text', () => {
    document.body.innerHTML = '<p>Officials said <b>4,700</b> were hurt and 600 died.</p>';
    const before = document.body.textContent;
    const marked = markFigures(document.body, digits);
    expect(marked.map((m) => m.mark?.textContent)).toEqual(['4,700', '600']);
    expect(document.body.textContent).toBe(before);
    const mark = document.querySelector('claimline-mark');
    expect(mark?.getAttribute('tabindex')).toBe('0');
    expect(mark?.getAttribute('aria-label')).toBe(
      'casualty figure: 4,700 killed, press Enter for earlier claims',
    );
  });

  it('finds a figure whose sentence the HTML source wraps onto a new line, leaving the text as it was', () => {
    document.body.innerHTML = '<p>Officials said at least 300\nNorth Korean soldiers were killed.</p>';
    const before = document.body.textContent;
    const marked = markFigures(document.body, extractFigures);
    expect(marked.map((m) => [m.mark?.textContent, m.figure.metric, m.figure.party])).toEqual([
      ['at least 300', 'killed', 'north-korea'],
    ]);
    expect(document.body.textContent).toBe(before);
  });

  it('marks a figure split by a link in each of its text nodes, and moves no node of the page', () => {
    document.body.innerHTML = '<p>At least <a href="#">3</a>00 killed</p>';
    const link = document.querySelector('a');
    const marked = markFigures(document.body, digits);
    expect(marked.map((m) => m.marks.map((mark) => mark.textContent))).toEqual([['3', '00']]);
    expect(document.querySelector('a')).toBe(link);
    expect(link?.parentElement?.tagName).toBe('P');
    expect(document.body.textContent).toBe('At least 300 killed');
    // one button for the keyboard; the second mark only carries the underline
    expect(marked[0]?.marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', null]);
  });

  it('marks a figure that an element cuts in two, on both sides, leaving the text as it was', () => {
    document.body.innerHTML = '<p><b>At least 3</b>00 killed</p>';
    const marked = markFigures(document.body, digits);
    expect(marked.map((m) => m.marks.map((mark) => mark.parentElement?.tagName))).toEqual([['B', 'P']]);
    expect(document.body.textContent).toBe('At least 300 killed');
  });

  it('keeps each text node of the page in its place, holding the text before the mark', () => {
    document.body.innerHTML = '<p>Officials said 4,700 were hurt.</p>';
    const node = document.querySelector('p')?.firstChild;
    markFigures(document.body, digits);
    expect(document.querySelector('p')?.firstChild).toBe(node);
    expect((node as Text).data).toBe('Officials said ');
    expect(document.querySelector('p')?.innerHTML).toBe(
      'Officials said <claimline-mark data-claimline-mark="" data-metric="killed" tabindex="0" role="button" aria-haspopup="dialog" aria-expanded="false" aria-label="casualty figure: 4,700 killed, press Enter for earlier claims">4,700</claimline-mark> were hurt.',
    );
  });

  it('never marks inside its own marks twice', () => {
    document.body.innerHTML = '<p>300 killed</p>';
    markFigures(document.body, digits);
    expect(markFigures(document.body, digits)).toHaveLength(0);
    expect(document.querySelectorAll('claimline-mark')).toHaveLength(1);
  });
});

describe('articleDate', () => {
  it('reads article:published_time first', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2025-04-30T16:00:00+09:00">';
    expect(articleDate(document)).toBe('2025-04-30');
  });
  it('falls back to JSON-LD datePublished, then <time>', () => {
    document.head.innerHTML =
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-12-19"}]}</script>';
    expect(articleDate(document)).toBe('2024-12-19');
    document.head.innerHTML = '<script type="application/ld+json">{broken</script>';
    document.body.innerHTML = '<article><time datetime="2025-01-13T08:00">13 Jan</time></article>';
    expect(articleDate(document)).toBe('2025-01-13');
  });
  it('is null for a page without a date', () => {
    expect(articleDate(document)).toBeNull();
  });
});
