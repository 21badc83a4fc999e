import { readFile } from 'node:fs/promises';

/**
 * Everything the command line touches outside its arguments. Commands get it injected so
 * tests call `runCli(argv, io)` and read the output without spawning a process.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file as UTF-8 text; rejects with a Node error (`code` ENOENT …) when it cannot. */
  readonly readText: (path: string) => Promise<string>;
  /**
   * Reads a file's bytes, for report files: they are decoded by `restoreBytes` (UTF-8, or
   * GB18030 with a notice), never leniently. Rejects like `readText`.
   */
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  /** The date the deadline check compares against. */
  readonly today: () => Date;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readText: (path) => readFile(path, 'utf8'),
    readBytes: (path) => readFile(path),
    today: () => new Date(),
  };
}
