import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extract';

describe('parties of wars beyond the seed history', () => {
  it.each([
    ['At least 30 Pakistani soldiers were killed.', 'pakistan'],
    ['Some 40 Chinese troops were deployed to the border.', 'china'],
    ['Ethiopia has lost about 300 soldiers, officials said.', 'ethiopia'],
    ['Myanmar said 25 soldiers were killed in the clashes.', 'myanmar'],
    ['About 60 Azerbaijani servicemen died.', 'azerbaijan'],
  ])('%s', (text, party) => expect(extractFigures(text, { lang: 'en' })[0]?.party).toBe(party));
});
