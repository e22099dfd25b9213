// Reads and writes the extension's IndexedDB directly, from an extension page or its service worker.

/** Every stored claim, sorted by id. `target`: a Playwright page of the extension, or its worker. */
export function storedClaims(target) {
  return target.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('claimline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('claims').objectStore('claims').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result.sort((a, b) => (a.id < b.id ? -1 : 1)));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Stores a claim record as it is, bypassing every check (to test what the UI does with bad data),
 * then tells the extension's contexts that their data may have changed, as Dexie tells them of
 * its own writes (its BroadcastChannel; `all`: anything may have changed), so what they keep of
 * the history (the background's lookups) is read again. Like every claims write of the extension,
 * it adds the claim to its subject and metric's `histories` rows in the same transaction (the
 * first lookup reads those; a claim it replaces must keep its subject and metric).
 */
export function putClaim(target, claim) {
  return target.evaluate(
    (claim) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('claimline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['claims', 'histories'], 'readwrite');
          tx.objectStore('claims').put(claim);
          if (
            typeof claim.subject === 'string' &&
            typeof claim.metric === 'string' &&
            typeof claim.claimDate === 'string'
          )
            tx.objectStore('histories').add({
              subject: claim.subject,
              metric: claim.metric,
              put: JSON.stringify([claim]),
            });
          tx.oncomplete = () => {
            db.close();
            const channel = new BroadcastChannel('x-storagemutated-1');
            channel.postMessage({ all: { from: Number.NEGATIVE_INFINITY, to: [[]], d: 1 } });
            channel.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    claim,
  );
}
