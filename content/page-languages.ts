/**
 * The languages besides English whose lexicons a page needs: its `<html lang>`, and what a cheap
 * look at a sample of its text suggests (Cyrillic, letters such as ß, ñ, ç, common short words),
 * so that a page without a language tag, or with quotes in another language, is still read.
 */
export function pageLanguages(doc: Document, available: readonly string[]): string[] {
  const out = new Set<string>();
  const tag = (doc.documentElement.lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (available.includes(tag)) out.add(tag);
  const sample = `${doc.title} ${textSample(doc, 5000)}`.toLowerCase();
  const has = (re: RegExp) => re.test(sample);
  if (has(/[а-яё]/)) {
    if (has(/[іїєґ]/)) out.add('uk');
    if (has(/[ыэъё]/) || !has(/[іїєґ]/)) out.add('ru');
  }
  if (has(/[äöüß]/) || has(/\b(der|und|nicht|wurden)\b/)) out.add('de');
  if (has(/[ñ¿¡]/) || has(/\b(los|las|según|fueron)\b/)) out.add('es');
  if (has(/[çœ]|\b(les|selon|été|des)\b/)) out.add('fr');
  return [...out].filter((l) => available.includes(l));
}

/**
 * The one language decision of a page: what its text is read in, given the lexicons loaded for it
 * besides English (`loaded`). A page tagged in the one other language found on it is read in that
 * language; a page that mixes languages (an English page quoting German) or has no tag is read
 * sentence by sentence in the language each looks like (`auto`); with English alone, the page's tag.
 */
export function readingLanguage(doc: Document, loaded: readonly string[]): string {
  const lang = doc.documentElement.lang;
  if (loaded.length === 0) return lang || 'auto';
  const tag = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return loaded.length === 1 && loaded[0] === tag ? lang : 'auto';
}

/** The first `max` characters of the page's text, read node by node (never the whole page at once). */
function textSample(doc: Document, max: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  let out = '';
  for (let node = walker.nextNode(); node && out.length < max; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') out += `${(node as Text).data} `;
  }
  return out.slice(0, max);
}
