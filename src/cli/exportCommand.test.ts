import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { exportOffice, OFFICE_FORMATS } from '../io/export/officeExport';
import { restoreText } from '../report/restore/restore';
import { runCli } from './main';
import { fixturePath, recordingIo } from '../../testing/testIo';

const SEED = fixturePath('reports/zhenhai-2020.json');
const BIN = fileURLToPath(new URL('../../bin/nianbao.mjs', import.meta.url));
const TODAY = new Date('2026-01-20T09:30:00Z');

function seedDocument() {
  const { document } = restoreText(readFileSync(SEED, 'utf8'));
  if (document === null) throw new Error('seed refused');
  return document;
}

describe('nianbao export', () => {
  it.each(OFFICE_FORMATS)('--to %s writes the bytes the app offers', async (format) => {
    const out = join(mkdtempSync(join(tmpdir(), 'nianbao-export-')), `out.${format}`);
    const rec = recordingIo(TODAY);
    const code = await runCli(['export', SEED, '--to', format, '-o', out], rec.io);
    expect(rec.stderr()).toBe('');
    expect(code).toBe(0);
    expect(rec.stdout()).toBe(`已导出 ${out}\n`);
    const app = await exportOffice(seedDocument(), format, {
      exportedAt: TODAY,
      generator: `nianbao ${version}`,
    });
    expect(new Uint8Array(readFileSync(out))).toEqual(app.bytes);
  });

  it.each([
    [['export', SEED], '--to 须为 docx、xlsx、fragment、package 之一'],
    [['export', SEED, '--to', 'pdf'], '--to 须为 docx、xlsx、fragment、package 之一'],
    [['export', '--to', 'docx'], 'export 需要且只需要一个报告文件'],
  ])('%j is a usage error', async (argv, message) => {
    const rec = recordingIo(TODAY);
    expect(await runCli(argv, rec.io)).toBe(2);
    expect(rec.stderr()).toContain(message);
    expect(rec.stderr()).toContain('nianbao export 报告.json --to');
  });

  it('refuses an unreadable file and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-export-'));
    const rec = recordingIo(TODAY);
    const code = await runCli(
      ['export', fixturePath('cli/not-json.json'), '--to', 'docx', '-o', join(dir, 'x.docx')],
      rec.io,
    );
    expect(code).toBe(2);
    expect(rec.stderr()).toContain('被拒绝，未导出');
  });

  it(
    'from the shell, with SOURCE_DATE_EPOCH, gives the same file twice',
    { timeout: 60_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'nianbao-export-'));
      const run = (name: string) =>
        spawnSync(process.execPath, [BIN, 'export', SEED, '--to', 'xlsx', '-o', join(dir, name)], {
          encoding: 'utf8',
          timeout: 30_000,
          env: { ...process.env, SOURCE_DATE_EPOCH: '1768901400' },
        });
      const first = run('a.xlsx');
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(run('b.xlsx').status).toBe(0);
      expect(readFileSync(join(dir, 'a.xlsx'))).toEqual(readFileSync(join(dir, 'b.xlsx')));
    },
  );
});
