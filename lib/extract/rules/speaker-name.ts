import { type Token, WORD } from '../engine/tokenize';
import type { Lexicon } from '../lexicon/lexicon';
import { partyAt } from './party-name';

/** A speaker as the sentence names it. */
export interface Speaker {
  /** the name in its nominative form, as the article writes it otherwise ("Gesundheitsministerium") */
  name: string;
  /** the speaker only points back to one named before: "the agency", "it", "das Ministerium" */
  anaphor: boolean;
  /** the word it points back with ("agency"), for finding what it points to */
  noun: string | null;
  /** an organisation (a ministry, an army, a country), not a person */
  organisation: boolean;
  /** text offsets of the words as written */
  start: number;
  end: number;
}

/**
 * The speaker named by tokens [a, b] (inclusive): without the case its sentence gave it ("laut
 * dem Ministerium", "nach Angaben des Gesundheitsministeriums" -> "Gesundheitsministerium";
 * "по данным Генштаба" -> "Генштаб"; "selon les services du ministère" keeps its articles but
 * "du" -> "le" at the start), and whether it only points back ("the agency", "ведомство").
 */
export function speakerOf(text: string, toks: Token[], a: number, b: number, lex: Lexicon): Speaker | null {
  let k = a;
  let prefix = '';
  let genitive = false;
  const first = toks[a] as Token;
  const replaced = lex.nameArticles.get(first.word);
  if (replaced !== undefined) {
    genitive = lex.genitiveArticles.has(first.word);
    prefix = replaced === '' ? '' : `${keepCase(first, text, replaced)} `;
    k++;
  }
  if (k > b) return null;
  let name = prefix;
  let anaphor = true;
  let noun: string | null = null;
  let organisation = false;
  let inGenitive = genitive;
  for (let i = k; i <= b; i++) {
    const t = toks[i] as Token;
    if (i > k) name += text.slice((toks[i - 1] as Token).end, t.start);
    let word = text.slice(t.start, t.end);
    const written = word;
    if (t.kind === WORD) {
      // "des Verteidigungsministeriums der Ukraine": only the first nouns are in the genitive
      if (i > k && lex.nameArticles.has(t.word)) inGenitive = false;
      if (inGenitive && t.capital) word = withoutGenitive(word);
      const lemma = i === k ? lex.speakerLemmas.get(t.word) : undefined;
      if (lemma) word = keepCase(t, text, lemma);
      // "the Health Ministry" is a name: a capital past the first word, where capitals mark names
      if (!lex.speakerAnaphora.has(t.word) || (t.capital && i > a && !lex.capNouns)) anaphor = false;
      else noun = t.word;
      if (!organisation && isOrganisationWord(word === written ? t.word : word.toLowerCase(), t, text, lex))
        organisation = true;
    }
    name += word;
  }
  if (!organisation) organisation = partyWithin(toks, k, b, text, lex);
  return { name, anaphor, noun, organisation, start: first.start, end: (toks[b] as Token).end };
}

/** "Gesundheitsministeriums" -> "Gesundheitsministerium", "Geheimdienstes" -> "Geheimdienst", "Komitees" -> "Komitee". */
function withoutGenitive(word: string): string {
  if (/[^aeiouäöüy]es$/i.test(word) && word.length > 4) return word.slice(0, -2);
  return word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word;
}

/** A replacement word written with the capital of the word it replaces. */
function keepCase(t: Token, text: string, word: string): string {
  const c = text[t.start] as string;
  return c !== c.toLowerCase() ? (word[0] as string).toUpperCase() + word.slice(1) : word;
}

/** The lowercase word w (as the name gives it) makes the name an organisation's. */
function isOrganisationWord(w: string, t: Token, text: string, lex: Lexicon): boolean {
  // "NIS", "IDF", "ЗСУ": an initialism
  if (t.capital && t.end - t.start >= 2) {
    const second = text[t.start + 1] as string;
    if (second !== second.toLowerCase()) return true;
  }
  const org = lex.orgWords;
  if (org.has(w)) return true;
  // German compounds: "Gesundheitsministerium", "Geheimdienst"
  if (lex.compoundNouns) for (const o of org) if (w.endsWith(o)) return true;
  return false;
}

/** A party (a country, an armed group) among tokens [a, b]: "Russia", "Hamas", "Ukraine's General Staff". */
function partyWithin(toks: Token[], a: number, b: number, text: string, lex: Lexicon): boolean {
  for (let i = a; i <= b; i++) if (partyAt(toks, i, text, lex)) return true;
  return false;
}
