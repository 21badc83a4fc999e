import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../testing/testIo';

const BIN = fileURLToPath(new URL('../../bin/nianbao.mjs', import.meta.url));

/** The real executable, in a child process: shebang, tsx registration and exit status. */
function spawnBin(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
}

describe('bin/nianbao.mjs', () => {
  it('is executable', () => {
    expect(() => {
      accessSync(BIN, constants.X_OK);
    }).not.toThrow();
  });

  it('checks the seed report and exits 0', { timeout: 30_000 }, () => {
    const result = spawnBin('check', fixturePath('reports/zhenhai-2020.json'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('小结：通过。');
    expect(result.status).toBe(0);
  });

  it('passes the exit status 1 of a failing check to the shell', { timeout: 30_000 }, () => {
    const result = spawnBin('check', fixturePath('cli/balance-broken.json'));
    expect(result.stdout).toContain('applications.balance');
    expect(result.status).toBe(1);
  });
});
