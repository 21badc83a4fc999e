import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the built command line (dist-cli)', () => {
  it('is what bin/nianbao.mjs runs, built from the CLI sources', { timeout: 60_000 }, () => {
    const result = spawnSync(process.execPath, [`${ROOT}bin/nianbao.mjs`, '--help'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    // Missing or stale builds are rebuilt by the bin, so after a run the build is current.
    const builtAt = statSync(`${ROOT}dist-cli/nianbao.mjs`).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${ROOT}dist-cli/inputs.json`, 'utf8')) as string[];
    expect(inputs).toContain('src/cli/main.ts');
    for (const file of inputs)
      expect(statSync(`${ROOT}${file}`).mtimeMs).toBeLessThanOrEqual(builtAt);
  });
});
