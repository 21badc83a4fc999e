import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_SEVERITY } from '../report/checks';
import type { CheckId } from '../report/checks/types';
import { runCli } from './main';
import { fixturePath, recordingIo } from '../../testing/testIo';

/**
 * The checks engineer's contract files (fixtures/checks/<id>.fail.json / .pass.json, and
 * <id>.previous.json for the continuity checks), this time read from disk through restore,
 * as a user's file would be.
 */
const ids = readdirSync(fixturePath('checks'))
  .filter((name) => name.endsWith('.fail.json'))
  .map((name) => name.slice(0, -'.fail.json'.length) as CheckId);

async function check(id: CheckId, kind: 'fail' | 'pass') {
  const previous = fixturePath(`checks/${id}.previous.json`);
  const args = existsSync(previous) ? ['--previous', previous] : [];
  const rec = recordingIo();
  const code = await runCli(
    ['check', '--json', ...args, fixturePath(`checks/${id}.${kind}.json`)],
    rec.io,
  );
  const [entry] = JSON.parse(rec.stdout()) as { findings: { check: string; status: string }[] }[];
  return { code, findings: entry?.findings ?? [] };
}

describe('nianbao check on fixtures/checks', () => {
  it('finds the fixture files', () => {
    expect(ids).toContain('applications.balance');
  });

  describe.each(ids)('%s', (id) => {
    it('the .fail file produces a failing finding of that check', async () => {
      const { code, findings } = await check(id, 'fail');
      expect(findings.filter((f) => f.check === id).map((f) => f.status)).toContain('fail');
      expect(code).toBe(CHECK_SEVERITY[id] === 'error' ? 1 : 0);
    });

    it('the .pass file produces no finding of that check (exit 0)', async () => {
      const { code, findings } = await check(id, 'pass');
      expect(findings.map((f) => f.check)).not.toContain(id);
      expect(code).toBe(0);
    });
  });
});
