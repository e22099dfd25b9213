import { matchSubject } from './claims/match-subject';
import { validateClaim } from './claims/validate';
import { contextFor, contextsFor } from './context-for';
import { type ClaimlineDb, countClaims, pageClaimId, reopenAfter, savePageClaim } from './db';
import { describeDbError } from './db/describe-db-error';
import { PARTY_LIST } from './extract/lexicon/party-list';
import { DEFAULT_LANGUAGE } from './extract/lexicon/registry';
import type { Metric } from './extract/types';
import { wellFormedStrings } from './io/well-formed';
import { lexiconCues } from './lexicon-cues';
import { LEXICON_SPECS } from './lexicon-specs';
import { parseMessage } from './message-checks';
import type { Answer } from './messages';

export { contextFor } from './context-for';

/** Who sent a message, as the browser reports it (runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Writes come only from this extension: its own pages (popup) or its content script, where the
 * save is a form the reader submitted. Anything else (another extension, a web page) may only read.
 */
export function mayWrite(sender: Sender | undefined, self: { id: string; origin: string }): boolean {
  if (!sender || sender.id !== self.id) return false;
  return Boolean(sender.tab) || (typeof sender.url === 'string' && sender.url.startsWith(self.origin));
}

/**
 * The background's message handler: checks every message at run time. A known message always gets
 * an answer, its data or why not (`{ ok: false, error, reason }`); anything else gets `undefined`
 * (ignored, so other listeners may answer).
 */
export function createHandler(
  db: ClaimlineDb,
  ready: Promise<unknown>,
  self: { id: string; origin: string },
) {
  return async (raw: unknown, sender?: Sender): Promise<Answer | undefined> => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      if (parsed.reason === 'unknown') return undefined;
      return { ok: false, error: parsed.error, reason: parsed.reason };
    }
    if (parsed.message.type === 'claims/save' && !mayWrite(sender, self))
      return { ok: false, error: 'writes are accepted only from Claimline itself', reason: 'notAllowed' };
    await ready;
    try {
      const { message } = parsed;
      switch (message.type) {
        case 'context/get':
          return { ok: true, data: await contextFor(db, message.payload) };
        case 'contexts/get':
          return { ok: true, data: { contexts: await contextsFor(db, message.payload) } };
        case 'claims/save': {
          // origin is always 'page', and the id the page made for its form is new or that same
          // form's claim sent again: a page cannot overwrite another stored claim
          const draft = wellFormedStrings(message.payload.draft);
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
          if (!claim) return { ok: true, data: { errors } };
          return { ok: true, data: { claim: await savePageClaim(db, claim), errors } };
        }
        case 'lexicon/get':
          return {
            ok: true,
            data: {
              spec: Object.hasOwn(LEXICON_SPECS, message.payload.lang)
                ? (LEXICON_SPECS[message.payload.lang] ?? null)
                : null,
              cues: lexiconCues(message.payload.lang),
              ...(message.payload.lang === DEFAULT_LANGUAGE ? { parties: PARTY_LIST } : {}),
            },
          };
        case 'claims/count':
          return { ok: true, data: { count: await countClaims(db) } };
      }
    } catch (error) {
      await reopenAfter(db, error); // so the next message finds a working connection
      return { ok: false, error: describeDbError(error), reason: 'database' };
    }
  };
}
