import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** Size in bytes of a file compressed with gzip at level 9 (what a well-configured server sends). */
export async function gzipSize(path: string): Promise<number> {
  return gzipSync(await readFile(path), { level: 9 }).length;
}
