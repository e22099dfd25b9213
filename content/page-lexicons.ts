import { sendMessage } from '../lib/messages/send';
import type { PageLexicons } from './page-extractor';

/**
 * The lexicons of a page's languages (English first) from the background, asked for when the page's
 * text first opens the gate: English's answer brings the parties and the searches of all of them
 * read together (pages build none). Rejects without English's lexicon (the extractor then never
 * loads and the page stays as it was); a page whose answers do not cover all its languages is read
 * in English alone.
 */
export async function pageLexicons(langs: readonly string[]): Promise<PageLexicons> {
  const answers = await Promise.all(
    langs.map((lang, i) =>
      sendMessage(
        'lexicon/get',
        i === 0 && langs.length > 1 ? { lang, readWith: langs.slice(1) } : { lang },
      ).catch(() => null),
    ),
  );
  const english = answers[0];
  if (!english?.lexicon) throw new Error('no lexicon');
  const found = langs.flatMap((lang, i) => {
    const answer = answers[i];
    return answer?.lexicon ? [{ lang, lexicon: answer.lexicon, searches: answer.searches }] : [];
  });
  const mixed = english.mixed;
  // read together only with the searches built for them together
  const together = found.length > 1 && mixed?.langs.join() === found.map((f) => f.lang).join();
  return {
    read: found.length === 1 || together ? found : found.slice(0, 1),
    mixed: together ? mixed?.searches : undefined,
    parties: english.parties,
  };
}
