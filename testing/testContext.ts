// Test helper (not shipped: only *.test.ts files import it).
import 'fake-indexeddb/auto';
// Tests wire the real JSON export as the encoder, exactly as the UI does; storage code itself
// never imports src/io.
import { toFileObject } from '../src/io/json/exportJson';
import { ChangeFeed } from '../src/storage/changeFeed';
import { NianbaoDb } from '../src/storage/db';
import type { StorageContext } from '../src/storage/storageContext';

let counter = 0;

export interface TestClock {
  now: number;
}

/** A fresh database (unique name) with the real encoder and a movable clock. */
export function testContext(
  options: {
    readonly name?: string;
    readonly clock?: TestClock;
    readonly feed?: ChangeFeed | null;
  } = {},
): StorageContext & { readonly clock: TestClock } {
  counter += 1;
  const clock = options.clock ?? { now: Date.parse('2026-01-10T08:00:00Z') };
  const db = new NianbaoDb(
    options.name ?? `nianbao-test-${String(counter)}-${String(Math.random())}`,
  );
  return {
    db,
    clock,
    now: () => clock.now,
    feed: options.feed === undefined ? null : options.feed,
    encode: (doc, savedAt) => toFileObject(doc, { exportedAt: savedAt, generator: 'nianbao test' }),
  };
}

export { ChangeFeed };
