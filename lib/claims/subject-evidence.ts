import { EVIDENCE_WORDS, type EvidenceGroup } from './subject-words';

/** How often a text names each group's words. */
export type Evidence = Readonly<Partial<Record<EvidenceGroup, number>>>;

interface Phrase {
  words: string[];
  /** Per word: a stem, matched at the start of a word of the text. */
  stems: boolean[];
  groups: EvidenceGroup[];
}

interface Index {
  /** Phrases by their first word, and by their first word's stem. */
  exact: Map<string, Phrase[]>;
  stems: Map<string, Phrase[]>;
  /** The lengths of first-word stems, longest first: a word looks up each of its prefixes once. */
  stemLengths: number[];
  words: RegExp;
}

let index: Index | null = null;

/** Lowercase, without accents or other combining marks: "Israël" and "israel" are one word. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Built on first use, once: nothing is compiled when the module loads. */
function build(): Index {
  const byKey = new Map<string, Phrase>();
  for (const [group, languages] of Object.entries(EVIDENCE_WORDS) as [EvidenceGroup, string[][]][]) {
    for (const entry of languages.flat()) {
      const parts = plain(entry).split(/[\s-]+/);
      const key = parts.join(' ');
      const known = byKey.get(key);
      if (known) {
        if (!known.groups.includes(group)) known.groups.push(group);
        continue;
      }
      byKey.set(key, {
        words: parts.map((w) => w.replace(/\*$/, '')),
        stems: parts.map((w) => w.endsWith('*')),
        groups: [group],
      });
    }
  }
  const exact = new Map<string, Phrase[]>();
  const stems = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    const map = phrase.stems[0] ? stems : exact;
    const first = phrase.words[0] as string;
    map.set(first, [...(map.get(first) ?? []), phrase]);
  }
  const stemLengths = [...new Set([...stems.keys()].map((k) => k.length))].sort((a, b) => b - a);
  return { exact, stems, stemLengths, words: /[\p{L}\p{N}]+/gu };
}

function matchesAt(tokens: readonly string[], at: number, phrase: Phrase): boolean {
  for (let k = 1; k < phrase.words.length; k++) {
    const token = tokens[at + k];
    const word = phrase.words[k] as string;
    if (token === undefined || !(phrase.stems[k] ? token.startsWith(word) : token === word)) return false;
  }
  return true;
}

/**
 * Counts the words of each evidence group in a text, in any of the six languages: one pass over
 * the text's words, each looked up by itself and by its prefixes of the stems' lengths.
 */
export function evidenceIn(text: string): Evidence {
  index ??= build();
  const { exact, stems, stemLengths, words } = index;
  const tokens = plain(text).match(words) ?? [];
  const counts: Partial<Record<EvidenceGroup, number>> = {};
  const counted = new Set<EvidenceGroup>();
  const count = (list: readonly Phrase[] | undefined, at: number) => {
    for (const phrase of list ?? []) {
      if (!matchesAt(tokens, at, phrase)) continue;
      for (const group of phrase.groups) {
        if (counted.has(group)) continue;
        counted.add(group);
        counts[group] = (counts[group] ?? 0) + 1;
      }
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    counted.clear();
    count(exact.get(token), i);
    for (const length of stemLengths) if (length <= token.length) count(stems.get(token.slice(0, length)), i);
  }
  return counts;
}

/** How often a text's evidence names any of these groups. */
export function hitsOf(evidence: Evidence, groups: readonly EvidenceGroup[]): number {
  let n = 0;
  for (const group of groups) n += evidence[group] ?? 0;
  return n;
}
