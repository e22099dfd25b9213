import { every } from '../lib/browser/schedule';
import { openDb } from '../lib/db';
import { importSeeds } from '../lib/db/seeding';
import { broadcastClaimChanges } from '../lib/messages/claims-changed';
import { extensionSelf, listenToMessages } from '../lib/messages/receive';
import { SEED_CLAIMS } from '../seeds';
import { createHandler } from './handlers';
import { updateDuePacks } from './pack-update';

/** The background's start: the database, its seeds, the message handlers and the change broadcast. */
export function startBackground(): void {
  const db = openDb();
  // Every start of the worker: seeds never imported before are added, nothing else is touched.
  const ready = importSeeds(db, SEED_CLAIMS).catch((error: unknown) => {
    console.error('[claimline] seeding failed; the database is unchanged', error);
  });
  listenToMessages(createHandler(db, ready, extensionSelf()));
  broadcastClaimChanges();
  // claim packs: each is fetched when due (6 hours; sooner, backing off, after a failure)
  every('claimline-packs', 15, () => {
    ready.then(() => updateDuePacks(db));
  });
}
