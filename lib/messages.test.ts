import { describe, expect, it } from 'vitest';
import { parseMessage } from './messages';

const figure = {
  text: 'approximately 600',
  low: 600,
  high: 600,
  qualifier: 'approx',
  metric: 'killed',
  party: 'north-korea',
};
const ok = {
  type: 'context/get',
  payload: { figure, sentence: 's', articleText: 'a', articleDate: '2025-04-30' },
};

describe('parseMessage', () => {
  it('accepts a well-formed context request', () => {
    expect(parseMessage(ok).ok).toBe(true);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'claims/deleteAll', payload: {} }],
    ['bad metric', { ...ok, payload: { ...ok.payload, figure: { ...figure, metric: 'eaten' } } }],
    ['negative bound', { ...ok, payload: { ...ok.payload, figure: { ...figure, low: -1 } } }],
    ['NaN bound', { ...ok, payload: { ...ok.payload, figure: { ...figure, high: Number.NaN } } }],
    ['bad date', { ...ok, payload: { ...ok.payload, articleDate: 'yesterday' } }],
    ['huge article', { ...ok, payload: { ...ok.payload, articleText: 'x'.repeat(20_001) } }],
    ['missing figure', { ...ok, payload: { sentence: 's', articleText: 'a', articleDate: null } }],
  ])('rejects %s', (_name, raw) => {
    expect(parseMessage(raw).ok).toBe(false);
  });
});
