// @vitest-environment happy-dom
// The words a reader sees in the popover: no doubled word, subjects keep their capitals (German
// nouns too), a legend of many claimants stays short with a colour each, and the column of
// differences in the claim rows is headed in words, in all six languages.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { compareFigure, type FigureLike } from '../../lib/claims/compare';
import { makeClaim, TEST_SUBJECT } from '../../lib/claims/test-claims';
import type { Qualifier } from '../../lib/extract/types';
import { type Entry, setFallbackMessages } from '../../lib/i18n';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import { Timeline } from '../shared/Timeline';
import { PopoverContext } from './PopoverContext';

const LOCALES = { en, de, es, fr, ru, uk } as Record<string, Record<string, Entry>>;
afterEach(() => {
  cleanup();
  setFallbackMessages(en);
});

const NK = {
  id: 'north-korean-troops-russia-ukraine',
  label: 'North Korean troops in the Russia-Ukraine war',
};
const figure = (n: number, qualifier: Qualifier = 'approx', metric: FigureLike['metric'] = 'killed') => ({
  low: n,
  high: qualifier === 'atLeast' || qualifier === 'moreThan' ? null : n,
  qualifier,
  metric,
  party: 'northland',
});
const shown = (ui: preact.JSX.Element) => render(ui).container.textContent ?? '';
const doubled = (text: string) => text.match(/(?<![\p{L}])(\p{L}+) \1(?![\p{L}])/iu)?.[0] ?? null;

describe('the words of the popover', () => {
  it('says a later "at least" figure without a doubled word, in every language', () => {
    const later = makeClaim({ claimDate: '2025-09-02', low: 200186, high: null, qualifier: 'atLeast' });
    for (const [code, messages] of Object.entries(LOCALES)) {
      setFallbackMessages(messages);
      for (const qualifier of ['atLeast', 'moreThan', 'approx', 'nearly', 'atMost'] as Qualifier[]) {
        const context = compareFigure(figure(100), {
          articleDate: '2025-04-30',
          history: [
            {
              ...later,
              qualifier,
              high: qualifier === 'atLeast' || qualifier === 'moreThan' ? null : 200186,
            },
          ],
          subject: TEST_SUBJECT,
        });
        const text = shown(<PopoverContext context={context} />);
        expect(doubled(text), `${code} ${qualifier}: ${text}`).toBeNull();
        cleanup();
      }
    }
    setFallbackMessages(en);
    const context = compareFigure(figure(100), {
      articleDate: '2025-04-30',
      history: [later],
      subject: TEST_SUBJECT,
    });
    expect(shown(<PopoverContext context={context} />)).toContain(
      'a later figure (September 2025) gives at least 200,186.',
    );
  });

  it('keeps the capitals of a subject inside a sentence', () => {
    const context = compareFigure(figure(300), { articleDate: '2025-04-30', history: [], subject: NK });
    expect(shown(<PopoverContext context={context} />)).toContain(
      'There is no history yet for “North Korean troops in the Russia-Ukraine war” (killed).',
    );
  });

  it('puts a German subject in a sentence with its nouns capitalised and its grammar intact', () => {
    setFallbackMessages(LOCALES.de as Record<string, Entry>);
    const context = compareFigure(figure(300), { articleDate: '2025-04-30', history: [], subject: NK });
    const text = shown(<PopoverContext context={context} />);
    expect(text).toContain(
      'Zum Thema „Nordkoreanische Truppen im Russland-Ukraine-Krieg“ gibt es noch keinen Verlauf (Getötete).',
    );
    expect(text).not.toMatch(/truppen|Zu nordkoreanische/);
  });

  it('heads the column of differences in words, in six languages', () => {
    const earlier = makeClaim({ claimDate: '2025-01-13', low: 300 });
    const context = compareFigure(figure(1000), {
      articleDate: '2025-04-30',
      history: [earlier],
      subject: TEST_SUBJECT,
    });
    const heads = new Set<string>();
    for (const [code, messages] of Object.entries(LOCALES)) {
      setFallbackMessages(messages);
      const { container } = render(<PopoverContext context={context} />);
      const head = container.querySelector('.claims-head')?.textContent ?? '';
      expect(head, code).toContain((messages.claimsHeadChange as Entry).message);
      expect(head, code).toMatch(/\+.*−/);
      expect(container.querySelector('.claim .change')?.textContent, code).toBe('+700');
      heads.add(head);
      cleanup();
    }
    expect(heads.size).toBe(6);
  });
});

describe('the chart legend with many claimants', () => {
  const claimants = [
    'Northland Ministry of Defence',
    'Southland Intelligence Agency',
    'Eastland General Staff',
    'Westland Observatory for Human Rights',
    'United Nations Monitoring Mission',
    'Border Region Governor',
    'Independent Casualty Count Project',
    'Northland Opposition Council',
    'Regional Health Authority',
  ];
  // the first claimant speaks most often, the last two only once
  const claims = claimants.flatMap((claimedBy, i) =>
    Array.from({ length: i < 7 ? 3 - Math.floor(i / 3) : 1 }, (_, k) =>
      makeClaim({
        claimDate: `2025-0${1 + k * 3}-${String(10 + i).padStart(2, '0')}`,
        low: 100 * (i + 1) * (k + 1),
        claimedBy,
      }),
    ),
  );

  it('names a few claimants and groups the rest as "and N others", each colour once', () => {
    const { container } = render(
      <Timeline claims={claims} width={380} height={130} highlight={{ date: '2025-04-30', value: 600 }} />,
    );
    const items = [...container.querySelectorAll('.legend li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Northland Ministry of Defence',
      'Southland Intelligence Agency',
      'Eastland General Staff',
      'Westland Observatory for Human Rights',
      'and 5 others',
      '◯ this figure',
    ]);
    const swatches = [...container.querySelectorAll<HTMLElement>('.legend .swatch')].map(
      (s) => s.style.background,
    );
    expect(new Set(swatches).size).toBe(swatches.length);
    // every point is drawn in its claimant's legend colour
    const fills = new Set(
      [...container.querySelectorAll('svg g[fill]:not(.axis)')].map((g) => g.getAttribute('fill')),
    );
    for (const fill of fills) expect(swatches.map((s) => s.replace(/\s/g, ''))).toContain(fill);
  });

  it('says "and N others" in six languages', () => {
    const many = claims.filter((c) => c.claimedBy !== 'Regional Health Authority');
    for (const [code, messages] of Object.entries(LOCALES)) {
      setFallbackMessages(messages);
      const { container } = render(<Timeline claims={many} />);
      const others = container.querySelector('.legend-others')?.textContent ?? '';
      expect(others, code).toMatch(/4/);
      expect(others, code).not.toMatch(/otherClaimants/);
      cleanup();
    }
  });
});
