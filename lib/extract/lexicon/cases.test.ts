import { afterEach, describe, expect, it } from 'vitest';
import '../all-languages';
import { extractFigures } from '../extract';
import { RULE_NAMES } from '../rules/rule-names';
import type { Figure } from '../types';
import type { Case } from './cases';
import { lexiconFromSpec } from './compile';
import { DE_SPEC } from './de';
import { DE_CASES } from './de.cases';
import { EN_SPEC } from './en';
import { EN_CASES } from './en.cases';
import { ES_SPEC } from './es';
import { ES_CASES } from './es.cases';
import { FR_SPEC } from './fr';
import { FR_CASES } from './fr.cases';
import { LANGUAGE_RULES, type LanguageRule } from './language-rules';
import { registerLexicon } from './registry';
import { RU_SPEC } from './ru';
import { RU_CASES } from './ru.cases';
import type { Spec } from './spec';
import { UK_SPEC } from './uk';
import { UK_CASES } from './uk.cases';

const LANGUAGES: [Spec, Case[]][] = [
  [EN_SPEC, EN_CASES],
  [DE_SPEC, DE_CASES],
  [ES_SPEC, ES_CASES],
  [FR_SPEC, FR_CASES],
  [RU_SPEC, RU_CASES],
  [UK_SPEC, UK_CASES],
];

const row = (f: Figure) => [f.text, f.low, f.high, f.qualifier, f.metric, f.party];

/** What a case looks at in the figures of its text. */
function read(c: Case, lang?: string): unknown {
  const found = extractFigures(c.text, { lang });
  if (c.figures) return found.map(row);
  if (c.populations) return found.map((f) => [f.text, f.population]);
  if ('party' in c) return found.at(-1)?.party;
  return found[0]?.claimedBy;
}

const expected = (c: Case): unknown => c.figures ?? c.populations ?? ('party' in c ? c.party : c.claimedBy);

/** Reads with the language's lexicon compiled with one rule less. */
function withoutRule<T>(spec: Spec, rule: LanguageRule, run: () => T): T {
  registerLexicon(
    spec.lang,
    lexiconFromSpec({ ...spec, rules: (spec.rules ?? []).filter((r) => r !== rule) }),
  );
  try {
    return run();
  } finally {
    registerLexicon(spec.lang, lexiconFromSpec(spec));
  }
}

describe.each(LANGUAGES.map(([spec, cases]) => [spec.lang, spec, cases] as const))(
  'cases of %s',
  (lang, spec, cases) => {
    it.each(cases.map((c) => [c.text, c] as const))('%s', (_, c) => {
      expect(Object.keys(RULE_NAMES)).toContain(c.rule);
      expect(read(c, lang)).toEqual(expected(c));
      // the same sentence without a language given: detected from its words
      if (!c.givenOnly) expect(read(c)).toEqual(expected(c));
    });

    const pinned = cases.filter((c) => (spec.rules ?? []).includes(c.rule as LanguageRule));
    it.each(pinned.map((c) => [c.rule, c.text, c] as const))(
      'without the language rule %s, "%s" reads otherwise',
      (rule, _, c) => {
        expect(withoutRule(spec, rule as LanguageRule, () => read(c, lang))).not.toEqual(expected(c));
      },
    );
  },
);

describe('language rules', () => {
  afterEach(() => {
    for (const [spec] of LANGUAGES) registerLexicon(spec.lang, lexiconFromSpec(spec));
  });

  it('each is pinned by a case of a language that uses it, and named as a rule', () => {
    for (const rule of LANGUAGE_RULES) {
      expect(Object.keys(RULE_NAMES)).toContain(rule);
      const users = LANGUAGES.filter(([spec]) => spec.rules?.includes(rule));
      expect(users.some(([, cases]) => cases.some((c) => c.rule === rule))).toBe(true);
    }
  });
});
