import { PEER_DIST } from '../lib/paths';
import type { Target } from './target';

export const BASELINE_PATH = '/__bench/baseline.html';

/**
 * The floor of the typing measurement: 24 × 6 plain <input>s in a table and no script at all.
 * What it shows is the browser's own input handling and painting plus the probe's overhead.
 */
export function baselineHtml(): string {
  const row = (r: number): string =>
    `<tr><th>第${String(r + 1)}行</th>${Array.from({ length: 6 }, () => '<td><input inputmode="numeric" value="12"></td>').join('')}</tr>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>基线</title></head><body><table>${Array.from({ length: 24 }, (_, r) => row(r)).join('')}</table></body></html>`;
}

export const baseline: Target = {
  key: 'baseline',
  label: 'plain inputs',
  // Served as an extra page by the peer's server; it has no build of its own.
  dist: PEER_DIST,
  profilingDist: null,
  path: BASELINE_PATH,
  start: { target: 'table input', steps: [] },
  cells: 'table input',
  prepareStorage: () => Promise.resolve({ state: undefined, note: 'no storage' }),
};
