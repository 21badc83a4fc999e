import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again whenever the tables it read change — in this tab or in another
 * (Dexie's liveQuery). Returns the unsubscribe function. Keeps Dexie out of the UI code.
 */
export function watchQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => {
    subscription.unsubscribe();
  };
}
