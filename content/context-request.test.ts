// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Figure } from '../lib/extract/types';
import { checkMessage } from '../lib/messages/check-message';
import { LIMITS } from '../lib/messages/contract';
import { TO_BACKGROUND } from '../lib/messages/to-background';
import { contextRequest, contextsRequest, squeezed } from './context-request';
import { type MarkedFigure, markFigures } from './mark-figures';
import { regexExtractor } from './test-extractor';

const extract = regexExtractor(/\d[\d,]*(?= killed)/g);
const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} describes the weather, the roads and the markets at length, without any figure at all.</p>`,
  ).join('');
const page = { doc: document, articleDate: '2025-04-30', lang: 'en' };

beforeEach(() => {
  document.title = 'North Korean troops on the Kursk front';
});

describe('contextRequest', () => {
  it('sends the title and the text around a figure deep in a long article, within the limit', () => {
    document.body.innerHTML = `<article><p>The opening paragraph names Pyongyang.</p>${filler(300)}
      <p>Near the end, officials said 600 killed in the latest assault.</p>${filler(5)}</article>`;
    expect(document.body.textContent?.length).toBeGreaterThan(30_000);
    const [m] = markFigures(document.body, extract);
    const request = contextRequest(m as NonNullable<typeof m>, page);
    expect(request.articleText.length).toBeLessThanOrEqual(LIMITS.articleText);
    expect(request.articleText.startsWith('North Korean troops on the Kursk front\n')).toBe(true);
    expect(request.articleText).toContain('officials said 600 killed');
    expect(request.articleText).toContain('Paragraph 299');
    expect(request.articleText).toContain('Paragraph 4');
    expect(request.articleText).not.toContain('opening paragraph');
    expect(request.sentence.slice(request.span?.start, request.span?.end)).toBe('600');
    expect(checkMessage(TO_BACKGROUND, { type: 'context/get', payload: request }).ok).toBe(true);
  });

  it('cuts a single block longer than the limit around its figure', () => {
    const words = 'word '.repeat(4_000);
    document.body.innerHTML = `<p>${words}At last 250 killed here. ${words}</p>`;
    const [m] = markFigures(document.body, extract);
    const request = contextRequest(m as NonNullable<typeof m>, page);
    expect(request.articleText.length).toBeLessThanOrEqual(LIMITS.articleText);
    expect(request.articleText).toContain('At last 250 killed here.');
  });

  it('cuts a sentence longer than its limit around the figure, keeping the figure’s place', () => {
    const words = 'and then '.repeat(400);
    document.body.innerHTML = `<p>${words} 75 killed ${words}</p>`;
    const [m] = markFigures(document.body, extract);
    const long = { ...(m as NonNullable<typeof m>) };
    long.sentence = `${'x'.repeat(3_000)}75 killed${'y'.repeat(3_000)}`;
    long.span = { start: 3_000, end: 3_002 };
    const request = contextRequest(long, page);
    expect(request.sentence.length).toBe(LIMITS.sentence);
    expect(request.sentence.slice(request.span?.start, request.span?.end)).toBe('75');
  });
});

describe('squeezed', () => {
  it('reads each run of white space as one space and keeps the figure in place', () => {
    const sentence = 'He said on 9 January\n        that 4,000  were killed.';
    const start = sentence.indexOf('4,000');
    const out = squeezed(sentence, { start, end: start + 5 });
    expect(out.sentence).toBe('He said on 9 January that 4,000 were killed.');
    expect(out.sentence.slice(out.span.start, out.span.end)).toBe('4,000');
  });
});

describe('contextsRequest', () => {
  /** Marks by hand (markFigures is slow in happy-dom): two figures in each of `n` paragraphs. */
  function markedParagraphs(n: number): MarkedFigure[] {
    const blocks = Array.from(
      { length: n },
      (_, i) =>
        `<p>In village ${i}, <claimline-mark>${i + 1}</claimline-mark> killed and <claimline-mark>${i + 2}</claimline-mark> killed later.</p>`,
    );
    document.body.innerHTML = `<article>${blocks.join('')}</article>`;
    return [...document.querySelectorAll<HTMLElement>('claimline-mark')].map((mark) => {
      const [figure] = extract(`${mark.textContent} killed`);
      const sentence = mark.parentElement?.textContent ?? '';
      const start = sentence.indexOf(`${mark.textContent} killed`);
      return {
        figure: figure as Figure,
        mark,
        marks: [mark],
        range: null,
        block: mark.parentElement as Element,
        sentence,
        span: { start, end: start + (mark.textContent?.length ?? 0) },
      };
    });
  }

  it('asks for every figure of a long page in one message within the batch limits', () => {
    const marked = markedParagraphs(2001);
    expect(marked).toHaveLength(4002);
    const request = contextsRequest(marked, page);
    expect(request.figures).toHaveLength(4002);
    expect(request.passages).toHaveLength(2001);
    // the two figures of one paragraph share its passage
    expect(request.figures[0]?.passage).toBe(request.figures[1]?.passage);
    expect(request.passages[request.figures[4000]?.passage as number]).toContain('In village 2000,');
    const total = request.passages.reduce((n, p) => n + p.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.batchText);
    expect(checkMessage(TO_BACKGROUND, { type: 'contexts/get', payload: request }).ok).toBe(true);
  });
});
