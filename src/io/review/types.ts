import type { RestoreResult } from '../../report/restore/restore';

/** One report read from a file (a 报送包 may hold several), before it is checked. */
export interface ReadReport {
  /** The file name, or `包.zip/内部文件.json` for a report inside a package. */
  readonly name: string;
  readonly result: RestoreResult;
  /** When the file was written, if it says so. */
  readonly exportedAt: string | null;
}

/** A file that yielded no report, and why, in Chinese. */
export class UnreadableFile extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableFile';
  }
}

/** Reads the bytes of one file into reports; throws UnreadableFile with a Chinese reason. */
export type ReviewReader = (
  bytes: Uint8Array,
  name: string,
) => readonly ReadReport[] | Promise<readonly ReadReport[]>;
