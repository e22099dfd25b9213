import type { Metric } from '../extract/types';
import { type MessageKey, t } from '../i18n';
import type { Population } from './claim';
import type { EvidenceGroup } from './subject-words';

/** One thing the claim history follows, such as Gaza war casualties. */
export interface Subject {
  id: string;
  label: string;
  /** Parties counted under this subject, with whom each counts (soldiers, civilians, both). */
  parties: readonly { slug: string; population: Population }[];
  /** Parties an extractor may name for this subject's people ("Ukrainian" civilians). */
  relatedParties: readonly string[];
  /** Metrics this subject records. */
  metrics: readonly Metric[];
  /** Start of the war or deployment: totals counted from here are running totals. */
  period: { start: string; end: string | null };
  /**
   * What a text must name for a figure to be of this subject (subject-words.ts): its people
   * (unless the figure's own party says so) and its war, by place or name.
   */
  evidence: { people: readonly EvidenceGroup[]; war: readonly EvidenceGroup[] };
}

const LOSSES: readonly Metric[] = ['killed', 'wounded', 'casualties', 'missing', 'captured'];
const ALL: readonly Metric[] = [...LOSSES, 'deployed', 'withdrawn'];

/** The subjects of the seed history. Ids are those of ../shared/claims/seed-claims.jsonl. */
export const SUBJECTS: readonly Subject[] = [
  {
    id: 'north-korean-troops-russia-ukraine',
    label: 'North Korean troops in the Russia-Ukraine war',
    parties: [{ slug: 'north-korea', population: 'military' }],
    relatedParties: [],
    metrics: ALL,
    period: { start: '2024-10-01', end: null },
    evidence: { people: ['northKorea'], war: ['ukraine', 'ukrainePlaces', 'russia'] },
  },
  {
    id: 'russian-military-losses-ukraine-war',
    label: 'Russian military losses in the war in Ukraine',
    parties: [{ slug: 'russia', population: 'military' }],
    relatedParties: [],
    metrics: LOSSES,
    period: { start: '2022-02-24', end: null },
    evidence: { people: ['russia'], war: ['ukraine', 'ukrainePlaces'] },
  },
  {
    id: 'ukrainian-military-losses-ukraine-war',
    label: 'Ukrainian military losses in the war in Ukraine',
    parties: [{ slug: 'ukraine', population: 'military' }],
    relatedParties: [],
    metrics: LOSSES,
    period: { start: '2022-02-24', end: null },
    evidence: { people: ['ukraine'], war: ['ukraine', 'ukrainePlaces', 'russia'] },
  },
  {
    id: 'civilian-casualties-ukraine',
    label: 'Civilian casualties in Ukraine',
    parties: [{ slug: 'civilians-ukraine', population: 'civilian' }],
    relatedParties: ['ukraine'],
    metrics: LOSSES,
    period: { start: '2022-02-24', end: null },
    evidence: { people: ['ukraine'], war: ['ukraine', 'ukrainePlaces'] },
  },
  {
    id: 'gaza-war-casualties',
    label: 'Casualties of the Gaza war',
    parties: [
      { slug: 'palestinians', population: 'unknown' },
      { slug: 'palestinian-militants', population: 'military' },
    ],
    relatedParties: ['hamas'],
    metrics: LOSSES,
    period: { start: '2023-10-07', end: null },
    evidence: { people: ['palestinians', 'gaza'], war: ['gaza'] },
  },
  {
    id: 'israeli-soldiers-killed-gaza-war',
    label: 'Israeli soldiers killed in the Gaza war',
    parties: [{ slug: 'israel', population: 'military' }],
    relatedParties: [],
    metrics: LOSSES,
    period: { start: '2023-10-07', end: null },
    evidence: { people: ['israel'], war: ['gaza'] },
  },
  {
    id: 'sudan-war-death-toll',
    label: 'Death toll of the war in Sudan',
    parties: [{ slug: 'sudan', population: 'unknown' }],
    relatedParties: ['civilians-sudan', 'rsf'],
    metrics: LOSSES,
    period: { start: '2023-04-15', end: null },
    evidence: { people: ['sudan'], war: ['sudan'] },
  },
];

/** The subject with this id, if registered. */
export function subjectById(id: string): Subject | undefined {
  return SUBJECTS.find((s) => s.id === id);
}

/** Who a subject's figure for `party` counts; 'unknown' when the subject does not say. */
export function populationOf(subject: Subject, party: string | null): Population {
  return subject.parties.find((p) => p.slug === party)?.population ?? 'unknown';
}

/**
 * A subject's label in the reader's language (`subject_<id with underscores>`); the English
 * `label` itself (or the id) for subjects outside the registry.
 */
export function subjectLabel(id: string, label?: string): string {
  const known = SUBJECTS.find((s) => s.id === id);
  if (!known) return label ?? id;
  return t(`subject_${id.replace(/-/g, '_')}` as MessageKey) || known.label;
}
