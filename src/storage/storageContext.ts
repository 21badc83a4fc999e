import type { RestoredDocument } from '../report/document';
import type { ChangeFeed } from './changeFeed';
import type { NianbaoDb } from './db';

/**
 * Turns a document into the contract file object that is stored as `payload`. The UI passes
 * the JSON export's `toFileObject` here (storage must not import src/io), so a stored row is
 * byte-for-byte what an exported file would hold and is read back through the same restore.
 */
export type EncodeReport = (doc: RestoredDocument, savedAt: Date) => Record<string, unknown>;

/** What every repository needs: the database, the encoder, the cross-tab feed and a clock. */
export interface StorageContext {
  readonly db: NianbaoDb;
  readonly encode: EncodeReport;
  readonly feed: ChangeFeed | null;
  /** Milliseconds since the epoch; injectable so tests can move time. */
  readonly now: () => number;
}
