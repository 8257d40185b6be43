import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

/** What commands write to; tests pass buffers, main passes the process streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal a progress bar may draw on. */
  isInteractive: boolean;
  stdin?: AsyncIterable<Uint8Array> | undefined;
}

/** Opens the store for one command and always closes it: `await withStore(db, async (store) => ...)`. */
export async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
