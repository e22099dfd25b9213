import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { broadcastClaimChanges } from '../lib/claims-changed';
import { openDb } from '../lib/db';
import { importSeeds } from '../lib/db/seeding';
import { createHandler } from '../lib/handlers';
import { SEED_CLAIMS } from '../seeds';

export default defineBackground(() => {
  const db = openDb();
  // Every start of the worker: seeds never imported before are added, nothing else is touched.
  const ready = importSeeds(db, SEED_CLAIMS).catch((error: unknown) => {
    console.error('[claimline] seeding failed; the database is unchanged', error);
  });
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
  const handle = createHandler(db, ready, self);
  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, sender));
  broadcastClaimChanges();
});
