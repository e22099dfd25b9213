import { activeTab, onCommand } from '../lib/browser/commands';
import { every } from '../lib/browser/schedule';
import { openDb } from '../lib/db';
import { importSeeds } from '../lib/db/seeding';
import { broadcastClaimChanges } from '../lib/messages/claims-changed';
import { extensionSelf, listenToMessages } from '../lib/messages/receive';
import { sendToTab } from '../lib/messages/send';
import { SEED_CLAIMS } from '../seeds';
import { commandListener } from './commands';
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
  // the keyboard shortcuts (toggle marks, next figure) go to the tab they were pressed in
  onCommand(
    commandListener({ tellTab: (id, command) => sendToTab(id, 'page/command', { command }), activeTab }),
  );
  // claim packs: each is fetched when due (6 hours; sooner, backing off, after a failure)
  every('claimline-packs', 15, () => {
    ready.then(() => updateDuePacks(db));
  });
}
