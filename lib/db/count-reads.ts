import type { ClaimlineDb } from './schema';

/**
 * Counts the records IndexedDB hands over from the claims table (queries and getMany), through a
 * DBCore middleware: for the tests and the lookup benchmark, which check what a lookup reads.
 */
export function countReads(db: ClaimlineDb): { reads: number } {
  const counter = { reads: 0 };
  db.use({
    stack: 'dbcore',
    name: 'countReads',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'claims') return table;
        return {
          ...table,
          query: async (req) => {
            const res = await table.query(req);
            counter.reads += res.result.length;
            return res;
          },
          getMany: async (req) => {
            const res = await table.getMany(req);
            counter.reads += res.length;
            return res;
          },
        };
      },
    }),
  });
  return counter;
}
