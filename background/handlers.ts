import { recordFromForm } from '../lib/claims/form-fields';
import { matchSubject } from '../lib/claims/match-subject';
import { validateClaim } from '../lib/claims/validate';
import { type ClaimlineDb, countClaims, pageClaimId, reopenAfter, savePageClaim } from '../lib/db';
import { describeDbError } from '../lib/db/describe-db-error';
import { PARTY_LIST } from '../lib/extract/lexicon/party-list';
import { DEFAULT_LANGUAGE } from '../lib/extract/lexicon/registry';
import type { Metric } from '../lib/extract/types';
import { wellFormedStrings } from '../lib/io/well-formed';
import { answerMessages, type Table } from '../lib/messages/answer';
import type { ExtensionSelf, Sender, ToBackground } from '../lib/messages/contract';
import { TO_BACKGROUND } from '../lib/messages/to-background';
import { contextFor, contextsFor } from './context-for';
import { lexiconCues } from './lexicon-cues';
import { plainLexiconOf, plainMixedSearchesOf, plainSearchesOf } from './lexicon-specs';
import { withPackSources } from './pack-sources';
import { subscribePack, unsubscribePack, updatePack } from './pack-update';

export { contextFor } from './context-for';

/**
 * Writes come only from this extension: its own pages (popup) or its content script, where the
 * save is a form the reader submitted. Anything else (another extension, a web page) may only read.
 */
export function mayWrite(sender: Sender | undefined, self: ExtensionSelf): boolean {
  if (!sender || sender.id !== self.id) return false;
  return Boolean(sender.tab) || (typeof sender.url === 'string' && sender.url.startsWith(self.origin));
}

/** Saves a claim the reader filled in on a page: always as origin 'page', under the id its form made. */
async function saveFromPage(
  db: ClaimlineDb,
  raw: Record<string, unknown>,
): Promise<ToBackground['claims/save']['response']> {
  // the id the page made for its form is new or that same form's claim sent again: a page
  // cannot overwrite another stored claim
  const form = wellFormedStrings(raw);
  const draft: Record<string, unknown> = { ...recordFromForm(form), id: form.id };
  const subject =
    typeof draft.subject === 'string' && draft.subject
      ? draft.subject
      : (matchSubject({
          party: typeof draft.party === 'string' && draft.party ? draft.party : null,
          metric: draft.metric as Metric,
          sentence: typeof draft.quote === 'string' ? draft.quote : '',
          articleText: '',
        })?.subjectId ?? null);
  const { claim, errors } = validateClaim({
    ...draft,
    subject,
    id: pageClaimId(draft.id),
    createdAt: undefined,
    updatedAt: undefined,
    origin: 'page',
  });
  if (!claim) return { errors };
  return { claim: await savePageClaim(db, claim), errors };
}

/** The table of the background's messages: each one's check (lib/messages) and its handler. */
function backgroundTable(db: ClaimlineDb): Table<ToBackground> {
  return {
    'context/get': {
      ...TO_BACKGROUND['context/get'],
      handle: async (request) => withPackSources(db, await contextFor(db, request)),
    },
    'contexts/get': {
      ...TO_BACKGROUND['contexts/get'],
      handle: async (request) => ({ contexts: await contextsFor(db, request) }),
    },
    'claims/save': { ...TO_BACKGROUND['claims/save'], handle: ({ draft }) => saveFromPage(db, draft) },
    'lexicon/cues': {
      ...TO_BACKGROUND['lexicon/cues'],
      handle: ({ lang, readWith }) => ({ cues: lexiconCues(lang, readWith) }),
    },
    'lexicon/get': {
      ...TO_BACKGROUND['lexicon/get'],
      handle: ({ lang, readWith }) => ({
        lexicon: plainLexiconOf(lang),
        searches: plainSearchesOf(lang),
        ...(readWith?.length ? { mixed: plainMixedSearchesOf([lang, ...readWith]) } : {}),
        ...(lang === DEFAULT_LANGUAGE ? { parties: PARTY_LIST } : {}),
      }),
    },
    'claims/count': {
      ...TO_BACKGROUND['claims/count'],
      handle: async () => ({ count: await countClaims(db) }),
    },
    'packs/subscribe': {
      ...TO_BACKGROUND['packs/subscribe'],
      handle: (request) => subscribePack(db, request),
    },
    'packs/update': { ...TO_BACKGROUND['packs/update'], handle: ({ url }) => updatePack(db, url) },
    'packs/unsubscribe': {
      ...TO_BACKGROUND['packs/unsubscribe'],
      handle: async ({ url }) => ({ removed: await unsubscribePack(db, url) }),
    },
  };
}

/**
 * The background's message handler: checks every message at run time. A known message always gets
 * an answer, its data or why not (`{ ok: false, error, reason }`); anything else gets `undefined`
 * (ignored, so other listeners may answer).
 */
export function createHandler(db: ClaimlineDb, ready: Promise<unknown>, self: ExtensionSelf) {
  return answerMessages(backgroundTable(db), {
    ready,
    mayWrite: (sender) => mayWrite(sender, self),
    onError: async (error) => {
      await reopenAfter(db, error); // so the next message finds a working connection
      const { message, i18n } = describeDbError(error);
      return { error: message, reason: 'database', i18n };
    },
  });
}
