/**
 * Child process of the bench: runs `nianbao summary --json` in-process over the files listed in
 * the file given as argument (10,000 paths do not fit a command line comfortably), discards the
 * output, and prints the peak resident memory of the process in MB (sampled every 20 ms).
 */
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/main';

const list = process.argv[2];
if (list === undefined) throw new Error('usage: cliMemory.ts FILE-LIST');
const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
// Sampled, not `resourceUsage().maxRSS`: on Linux a spawned child's maxRSS starts at the parent's
// resident size at fork time, so under the bench (a parent of several hundred MB) it reported
// the bench's memory, not this command's.
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 20);
const started = performance.now();
const status = await runCli(['summary', '--json', ...files], {
  stdout: () => undefined,
  stderr: () => undefined,
  readText: (path) => Promise.resolve(readFileSync(path, 'utf8')),
  readBytes: (path) => Promise.resolve(readFileSync(path)),
  today: () => new Date('2022-06-01T00:00:00Z'),
});
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage.rss());
process.stdout.write(
  `${JSON.stringify({
    status,
    ms: performance.now() - started,
    peakMb: peakRss / 1024 / 1024,
  })}\n`,
);
