import { describe, expect, test, vi } from 'vitest';
import type { Figure } from '../lib/extract/types';
import { cueGate } from './cue-gate';

const figure = { text: '300' } as Figure;

describe('cueGate', () => {
  test('reads no block without a cue word, and prepares the extractor only for the first with one', () => {
    const extract = vi.fn(() => [figure]);
    const prepare = vi.fn(() => extract);
    const gated = cueGate(/\b(killed|troops)\b/u, prepare);
    expect(gated('Ticket prices rise by 12% from 1 March.', {})).toEqual([]);
    expect(gated('The festival sold 40,000 tickets.', {})).toEqual([]);
    expect(prepare).not.toHaveBeenCalled();
    expect(gated('At least 300 were killed.', {})).toEqual([figure]);
    expect(gated('Some 1,200 troops were sent.', { lang: 'en' })).toEqual([figure]);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(extract).toHaveBeenLastCalledWith('Some 1,200 troops were sent.', { lang: 'en' });
  });
});
