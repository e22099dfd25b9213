import type { Metric, Population } from '../extract/types';
import { type Evidence, evidenceIn, hitsOf } from './subject-evidence';
import { SUBJECTS, type Subject } from './subjects';

/** Input of `matchSubject`: what the extractor read of a figure, its sentence and its article. */
export interface SubjectQuery {
  party: string | null;
  /** Whether the figure's noun counts soldiers, civilians or both (the extractor's reading). */
  population?: Population | null;
  metric: Metric;
  sentence: string;
  /** The text around the figure (and the page's title), not necessarily the whole article. */
  articleText: string;
}

/** The evidence of a sentence and of its article, read once per text and reused. */
export interface QueryEvidence {
  sentence: Evidence;
  article: Evidence;
}

/**
 * The subject a figure belongs to, on evidence only, never by default. Its population rules out
 * subjects of the other kind (civilians never count under a soldiers' subject); its party, when
 * the extractor read one, must be the subject's (or one counted with it); without a party, the
 * sentence or the article must name the subject's people. Then the sentence or the article must
 * name the subject's war, by place or name, more than they name wars the history does not follow
 * (a page about Aleppo is not about Ukraine). The sentence's words weigh before the article's;
 * a tie without a party to decide is no subject. Returns null when nothing shows a subject.
 */
export function matchSubject(
  q: SubjectQuery,
  evidence: QueryEvidence = { sentence: evidenceIn(q.sentence), article: evidenceIn(q.articleText) },
): { subjectId: string; label: string } | null {
  let candidates = SUBJECTS.filter((s) => s.metrics.includes(q.metric) && counts(s, q.population));
  if (q.party) {
    const party = q.party;
    const direct = candidates.filter((s) => s.parties.some((p) => p.slug === party));
    candidates = direct.length > 0 ? direct : candidates.filter((s) => s.relatedParties.includes(party));
  }
  const { sentence, article } = evidence;
  const scored = candidates
    .filter((s) => q.party || hitsOf(sentence, s.evidence.people) + hitsOf(article, s.evidence.people) > 0)
    .filter((s) => aboutItsWar(s, evidence))
    .map((s) => ({ s, sentence: score(s, sentence), article: score(s, article) }))
    .sort((a, b) => b.sentence - a.sentence || b.article - a.article);
  const [best, second] = scored;
  if (!best) return null;
  const tied = second !== undefined && second.sentence === best.sentence && second.article === best.article;
  if (tied) return null;
  return { subjectId: best.s.id, label: best.s.label };
}

/** Whether a subject counts people of this kind: soldiers' subjects no civilians, and the reverse. */
function counts(s: Subject, population: Population | null | undefined): boolean {
  const kinds = s.parties.map((p) => p.population);
  if (population === 'civilian') return !kinds.every((k) => k === 'military');
  if (population === 'military') return !kinds.every((k) => k === 'civilian');
  return true;
}

/** The sentence names the subject's war more than other wars; where it does not decide, the article does. */
function aboutItsWar(s: Subject, { sentence, article }: QueryEvidence): boolean {
  const own = hitsOf(sentence, s.evidence.war);
  const other = sentence.elsewhere ?? 0;
  if (own !== other) return own > other;
  return hitsOf(article, s.evidence.war) > (article.elsewhere ?? 0);
}

/** Each word counts once, though it names both the people and the war ("Ukraine"). */
function score(s: Subject, evidence: Evidence): number {
  return hitsOf(evidence, [...new Set([...s.evidence.people, ...s.evidence.war])]);
}
