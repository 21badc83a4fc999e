import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../src/cli/io';

/** A CliIo that records stdout/stderr, for tests that call `runCli` in-process. */
export function recordingIo(today = new Date('2021-06-01T00:00:00Z')) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readText: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    today: () => today,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Absolute path of a file under the repository's fixtures/ folder. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}
