import type { Connection } from './connection.js';

interface Asker {
  resolve(known: boolean): void;
  reject(error: unknown): void;
}

/**
 * `hasDocument` for the PostgreSQL store, with the calls made in one turn of the event loop answered by one query:
 * a worker that asks about the sixteen documents of its batch at once (Promise.all) makes one round trip, not
 * sixteen. `const has = createDocumentLookup(connection); await Promise.all(ids.map(has))`.
 */
export function createDocumentLookup(connection: Connection): (id: string) => Promise<boolean> {
  let gathering: Map<string, Asker[]> | null = null;

  const answer = async (asked: Map<string, Asker[]>) => {
    try {
      const known = await connection.run(async (client) => {
        const { rows } = await client.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1)', [
          [...asked.keys()],
        ]);
        return new Set(rows.map((row) => row.id));
      });
      for (const [id, askers] of asked) for (const asker of askers) asker.resolve(known.has(id));
    } catch (error) {
      for (const askers of asked.values()) for (const asker of askers) asker.reject(error);
    }
  };

  return (id) =>
    new Promise<boolean>((resolve, reject) => {
      if (!gathering) {
        const asked = new Map<string, Asker[]>();
        gathering = asked;
        queueMicrotask(() => {
          gathering = null;
          void answer(asked);
        });
      }
      const askers = gathering.get(id) ?? [];
      askers.push({ resolve, reject });
      gathering.set(id, askers);
    });
}
