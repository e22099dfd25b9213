import type { Figure } from '../extract/types';
import type { Claim, Population } from './claim';
import { subjectById } from './subjects';

/** What a draft takes of a figure (the page's `FigureRef` and the extractor's `Figure` both are one). */
export type DraftFigure = Pick<
  Figure,
  'low' | 'high' | 'qualifier' | 'metric' | 'party' | 'population' | 'claimedBy'
>;

/** Where the figure stands: its page, its sentence, and the day and subject it is filed under. */
export interface DraftPlace {
  claimDate: string;
  subject?: string | null;
  url: string;
  title: string;
  sentence: string;
}

/**
 * The one draft claim made from a figure, for the popover's "Save to history" and the popup's
 * "Save": the reader completes it (claimant, date) in the form. Its population is the subject's
 * for the figure's party, else what the sentence says.
 */
export function draftFromFigure(figure: DraftFigure, place: DraftPlace): Partial<Claim> {
  const subject = place.subject ?? null;
  const population: Population =
    (subject ? subjectById(subject)?.parties.find((p) => p.slug === figure.party)?.population : undefined) ??
    (figure.population === 'military' || figure.population === 'civilian' ? figure.population : 'unknown');
  return {
    subject,
    party: figure.party,
    population,
    metric: figure.metric,
    low: figure.low,
    high: figure.high,
    qualifier: figure.qualifier,
    claimedBy: figure.claimedBy ?? '',
    claimDate: place.claimDate,
    sourceUrl: /^https?:/.test(place.url) ? place.url : null,
    sourceName: place.title.slice(0, 200) || null,
    quote: place.sentence.slice(0, 2000) || null,
    origin: 'page',
  };
}
