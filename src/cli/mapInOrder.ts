/**
 * `Promise.all(items.map(fn))` with at most `limit` calls running at once, results in input
 * order. The check command reads many files this way: the reads overlap instead of waiting
 * for each other, and a thousand files do not open a thousand handles at once.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
