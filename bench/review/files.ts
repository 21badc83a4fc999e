import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { unitFile } from '../../testing/sampleUnits';
import { RESULTS_DIR, SAMPLE_REPORT } from '../lib/paths';

/**
 * N unit report files made from the 2021 sample (varied agencies and numbers, one in 20 with an
 * arithmetic error, one in 6 published late), under bench/results; reused when already there.
 */
export function reviewFiles(count: number): { readonly dir: string; readonly files: string[] } {
  const dir = `${RESULTS_DIR}review-${String(count)}`;
  const name = (i: number) => `${dir}/unit-${String(i).padStart(5, '0')}.json`;
  if (!existsSync(dir) || readdirSync(dir).length !== count) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const sample = JSON.parse(readFileSync(SAMPLE_REPORT, 'utf8')) as Record<string, unknown>;
    for (let i = 0; i < count; i++) {
      const doc = unitFile(sample, i, {
        broken: i % 20 === 7,
        publicationDate: i % 6 === 0 ? '2022-02-08' : undefined,
      });
      writeFileSync(name(i), JSON.stringify(doc, null, 2));
    }
  }
  return { dir, files: Array.from({ length: count }, (_, i) => name(i)) };
}
