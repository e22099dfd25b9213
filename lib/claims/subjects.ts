import { partyBySlug } from '../extract/lexicon/parties';
import type { Metric } from '../extract/types';
import { type MessageKey, t } from '../i18n';
import type { Population } from './claim';

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
  places: readonly string[];
  /** Start of the war or deployment: totals counted from here are running totals. */
  period: { start: string; end: string | null };
  /** Lowercase words and phrases that identify the subject in text, besides its parties' aliases. */
  words: readonly string[];
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
    places: ['kursk', 'vladivostok', 'russian far east'],
    period: { start: '2024-10-01', end: null },
    words: ['kim jong un', 'national intelligence service', 'nis', 'korean soldiers', 'korean troops'],
  },
  {
    id: 'russian-military-losses-ukraine-war',
    label: 'Russian military losses in the war in Ukraine',
    parties: [{ slug: 'russia', population: 'military' }],
    relatedParties: [],
    metrics: LOSSES,
    places: ['donbas', 'bakhmut', 'avdiivka', 'pokrovsk'],
    period: { start: '2022-02-24', end: null },
    words: ['russian soldiers', 'russian troops', 'russian servicemen', 'mediazona', 'invasion'],
  },
  {
    id: 'ukrainian-military-losses-ukraine-war',
    label: 'Ukrainian military losses in the war in Ukraine',
    parties: [{ slug: 'ukraine', population: 'military' }],
    relatedParties: [],
    metrics: LOSSES,
    places: ['donbas', 'bakhmut', 'avdiivka', 'pokrovsk'],
    period: { start: '2022-02-24', end: null },
    words: ['ukrainian soldiers', 'ukrainian troops', 'ukrainian servicemen', 'zelenskyy', 'zelensky'],
  },
  {
    id: 'civilian-casualties-ukraine',
    label: 'Civilian casualties in Ukraine',
    parties: [{ slug: 'civilians-ukraine', population: 'civilian' }],
    relatedParties: ['ukraine'],
    metrics: LOSSES,
    places: ['kharkiv', 'odesa', 'dnipro', 'mariupol', 'zaporizhzhia'],
    period: { start: '2022-02-24', end: null },
    words: ['civilian', 'civilians', 'children', 'ohchr', 'monitoring mission', 'human rights'],
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
    places: ['gaza strip', 'rafah', 'khan younis', 'jabalia', 'deir al-balah'],
    period: { start: '2023-10-07', end: null },
    words: ['health ministry', 'militants', 'hamas', 'palestinian militants'],
  },
  {
    id: 'israeli-soldiers-killed-gaza-war',
    label: 'Israeli soldiers killed in the Gaza war',
    parties: [{ slug: 'israel', population: 'military' }],
    relatedParties: [],
    metrics: LOSSES,
    places: ['gaza strip'],
    period: { start: '2023-10-07', end: null },
    words: ['israeli soldiers', 'israeli troops', 'idf soldiers', 'ground operation'],
  },
  {
    id: 'sudan-war-death-toll',
    label: 'Death toll of the war in Sudan',
    parties: [{ slug: 'sudan', population: 'unknown' }],
    relatedParties: [],
    metrics: LOSSES,
    places: ['khartoum', 'darfur', 'el fasher', 'omdurman', 'kordofan'],
    period: { start: '2023-04-15', end: null },
    words: ['rapid support forces', 'rsf', 'sudanese armed forces'],
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

/** Every identifying phrase of a subject: its words, places and its parties' aliases. */
function phrases(s: Subject): string[] {
  const aliases = s.parties.flatMap((p) => partyBySlug(p.slug)?.aliases ?? []);
  return [...new Set([...s.words, ...s.places, ...aliases])];
}

const PHRASES = new Map(SUBJECTS.map((s) => [s.id, phrases(s).map((p) => phraseRegex(p))]));

function phraseRegex(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

function hits(s: Subject, text: string): number {
  let n = 0;
  for (const re of PHRASES.get(s.id) ?? []) n += text.match(re)?.length ?? 0;
  return n;
}

const CIVILIAN = /\bcivilians?\b/i;
const MILITARY = /\b(soldiers?|troops|servicemen|militants|fighters|combatants)\b/i;

/** Input of `matchSubject`: a figure's party and metric, its sentence and its article. */
export interface SubjectQuery {
  party: string | null;
  metric: Metric;
  sentence: string;
  articleText: string;
}

/**
 * The subject a figure belongs to: its party decides first (a party counted under one subject
 * picks it), then the words of its own sentence, then the words of the whole article. A sentence
 * about civilians never matches a soldiers-only subject, nor one about soldiers a civilian one.
 * Returns null when nothing identifies a subject.
 */
export function matchSubject(q: SubjectQuery): { subjectId: string; label: string } | null {
  const wantsCivilian = CIVILIAN.test(q.sentence);
  const wantsMilitary = !wantsCivilian && MILITARY.test(q.sentence);
  let candidates = SUBJECTS.filter((s) => {
    if (!s.metrics.includes(q.metric)) return false;
    const pops = s.parties.map((p) => p.population);
    if (wantsCivilian && pops.every((p) => p === 'military')) return false;
    if (wantsMilitary && pops.every((p) => p === 'civilian')) return false;
    return true;
  });
  if (q.party) {
    const own = (s: Subject) => s.parties.some((p) => p.slug === q.party);
    const direct = candidates.filter(own);
    candidates =
      direct.length > 0 ? direct : candidates.filter((s) => s.relatedParties.includes(q.party as string));
  }
  if (candidates.length === 0) return null;
  const scored = candidates
    .map((s) => ({ s, sentence: hits(s, q.sentence), article: hits(s, q.articleText) }))
    .sort((a, b) => b.sentence - a.sentence || b.article - a.article);
  const [best, second] = scored;
  if (!best) return null;
  const tied = second && second.sentence === best.sentence && second.article === best.article;
  if (!q.party && (tied || best.sentence + best.article === 0)) return null;
  if (q.party && tied && candidates.length > 1) return null;
  return { subjectId: best.s.id, label: best.s.label };
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
