import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../io/json/exportJson';
import { createBlankDocument } from '../report/blank';
import { setCell } from '../report/edit';
import { problemMessage } from '../report/restore/problemMessages';
import { restoreText } from '../report/restore/restore';
import { runCli } from './main';
import { fixturePath, recordingIo } from '../../testing/testIo';

const SEED = fixturePath('reports/zhenhai-2020.json');
const BROKEN = fixturePath('cli/balance-broken.json');
const MISSING = fixturePath('cli/does-not-exist.json');

async function run(...argv: string[]) {
  const rec = recordingIo();
  const code = await runCli(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

interface JsonEntry {
  file: string;
  result: string;
  error: string | null;
  problems: { code: string; severity: string; path: unknown[]; params: object; message: string }[];
  findings: { check: string; severity: string; status: string; cells: string[]; message: string }[];
}
const parseJson = (stdout: string) => JSON.parse(stdout) as JsonEntry[];

describe('nianbao help and usage errors', () => {
  it.each([['help'], ['--help'], ['-h'], ['check', '--help']])(
    '%s prints the Chinese help',
    async (...argv) => {
      const { code, stdout, stderr } = await run(...argv);
      expect(code).toBe(0);
      expect(stdout).toContain('用法：');
      expect(stdout).toContain('nianbao check');
      expect(stderr).toBe('');
    },
  );

  it('an unknown command prints usage on stderr and exits 2', async () => {
    const { code, stdout, stderr } = await run('frob');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('未知命令：frob');
    expect(stderr).toContain('用法：');
  });

  it.each([
    [[], '请指定命令'],
    [['check'], 'check 需要至少一个报告文件'],
    [['check', '--frob', SEED], '未知选项：--frob'],
    [['check', SEED, '--previous'], '选项缺少取值或取值有误：--previous'],
    [['render', SEED, SEED], 'render 需要且只需要一个报告文件'],
  ])('%j is a usage error', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('nianbao check', () => {
  it('passes the seed report (exit 0)', async () => {
    const { code, stdout } = await run('check', SEED);
    expect(code).toBe(0);
    expect(stdout).toContain(`文件：${SEED}`);
    expect(stdout).toContain('小结：通过。');
  });

  it('fails a report whose 自然人 column does not balance (exit 1) and names the column', async () => {
    const { code, stdout } = await run('check', BROKEN);
    expect(code).toBe(1);
    const line = stdout.split('\n').find((l) => l.includes('applications.balance')) ?? '';
    expect(line).toContain('[不通过]');
    expect(line).toContain('自然人');
    expect(stdout).toContain('错误（2 项）');
    expect(stdout).toContain('小结：不通过。');
  });

  it('--json gives the contract finding shape with the cells of the column', async () => {
    const { code, stdout } = await run('check', '--json', BROKEN);
    expect(code).toBe(1);
    const [entry] = parseJson(stdout);
    expect(entry?.file).toBe(BROKEN);
    expect(entry?.result).toBe('fail');
    const balance = entry?.findings.find(
      (f) =>
        f.check === 'applications.balance' &&
        f.cells[0]?.startsWith('applications.received.naturalPerson'),
    );
    expect(balance).toMatchObject({ severity: 'error', status: 'fail', expected: 3, actual: 5 });
    expect(Object.keys(balance ?? {})).toEqual([
      'check',
      'severity',
      'status',
      'cells',
      'expected',
      'actual',
      'message',
    ]);
    expect(balance?.message).toContain('自然人');
  });

  it('a missing file exits 2 and says so', async () => {
    const text = await run('check', MISSING);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('无法读取：文件不存在');
    const json = await run('check', '--json', MISSING);
    expect(json.code).toBe(2);
    expect(parseJson(json.stdout)[0]).toMatchObject({ result: 'unreadable', error: '文件不存在' });
  });

  it('a file that is not JSON exits 2 with the Chinese message', async () => {
    const file = fixturePath('cli/not-json.json');
    const expected = restoreText(readFileSync(file, 'utf8')).problems[0];
    expect(expected?.code).toBe('file.notJson');
    const { code, stdout } = await run('check', file);
    expect(code).toBe(2);
    expect(stdout).toContain(
      problemMessage(expected ?? { code: 'file.notJson', severity: 'error', path: [], params: {} }),
    );
    expect(stdout).toContain('不是有效的 JSON');
    expect(stdout).toContain('无法检查（文件被拒绝）');
  });

  it('checks a GBK (“ANSI”) file as GB18030 and names the encoding; never as mojibake', async () => {
    const { code, stdout } = await run(
      'check',
      '--json',
      fixturePath('encodings/zhenhai-2020.gb18030.json'),
    );
    expect(code).toBe(0);
    const [entry] = parseJson(stdout);
    expect(entry?.result).toBe('pass');
    expect(entry?.problems.map((p) => [p.code, p.severity])).toEqual([
      ['file.encodingGb18030', 'notice'],
    ]);
    expect(entry?.problems[0]?.message).toContain('GB18030');
  });

  it('refuses a file in neither UTF-8 nor GB18030 (exit 2)', async () => {
    const { code, stdout } = await run('check', '--json', fixturePath('encodings/neither.json'));
    expect(code).toBe(2);
    expect(parseJson(stdout)[0]?.problems.map((p) => p.code)).toEqual(['file.encodingUnknown']);
  });

  it('a version 2 file is refused (exit 2)', async () => {
    const { code, stdout } = await run('check', '--json', fixturePath('cli/version-2.json'));
    expect(code).toBe(2);
    const [entry] = parseJson(stdout);
    expect(entry?.result).toBe('refused');
    expect(entry?.problems.map((p) => p.code)).toEqual(['file.versionTooNew']);
    expect(entry?.problems[0]?.message).toContain('版本 2');
  });

  it('checks several files; the worst outcome decides the exit status', async () => {
    expect((await run('check', SEED, BROKEN)).code).toBe(1);
    const both = await run('check', '--json', BROKEN, MISSING, SEED);
    expect(both.code).toBe(2);
    expect(parseJson(both.stdout).map((e) => e.result)).toEqual(['fail', 'unreadable', 'pass']);
  });

  it('--previous compares with last year: previous.carriedOver appears', async () => {
    const without = parseJson((await run('check', '--json', SEED)).stdout)[0];
    expect(without?.findings.some((f) => f.check === 'previous.carriedOver')).toBe(false);
    const previous = fixturePath('cli/previous-2019.json');
    const { code, stdout } = await run('check', '--json', '--previous', previous, SEED);
    expect(code).toBe(0); // a warning, not an error
    const carried = parseJson(stdout)[0]?.findings.filter(
      (f) => f.check === 'previous.carriedOver',
    );
    expect(carried?.map((f) => f.cells[0])).toContain('applications.carriedOver.naturalPerson');
    expect(carried?.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('an unusable --previous file stops the command (exit 2)', async () => {
    const { code, stdout, stderr } = await run('check', '--previous', MISSING, SEED);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('上年度报告');
    expect(stderr).toContain('文件不存在');
  });

  it('prints not-assessable errors as 待填写 but does not fail on them', async () => {
    const blank = createBlankDocument({ agency: '某县教育局', year: 2021 });
    const doc = setCell(
      blank,
      { table: 'applications', row: 'received', column: 'naturalPerson' },
      5,
    ).doc;
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-cli-')), 'partly-filled.json');
    writeFileSync(
      file,
      serializeReport(doc, { exportedAt: new Date(), generator: 'nianbao test' }),
    );
    const { code, stdout } = await run('check', file);
    expect(code).toBe(0);
    const line = stdout.split('\n').find((l) => l.includes('applications.balance')) ?? '';
    expect(line).toContain('[待填写]');
    expect(line).toContain('自然人');
    expect(stdout).toMatch(/错误 0 项不通过、\d+ 项待填写/);
  });

  it('counts an invalid cell value as the cell.invalid error (exit 1)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-cli-')), 'negative.json');
    const seed = JSON.parse(readFileSync(SEED, 'utf8')) as {
      tables: { review: Record<string, Record<string, unknown>> };
    };
    const reconsideration = seed.tables.review.reconsideration ?? {};
    reconsideration.upheld = -2;
    writeFileSync(file, JSON.stringify(seed));
    const { code, stdout } = await run('check', '--json', file);
    expect(code).toBe(1);
    const [entry] = parseJson(stdout);
    expect(entry?.problems).toEqual([]);
    expect(entry?.findings[0]).toMatchObject({
      check: 'cell.invalid',
      severity: 'error',
      status: 'fail',
      cells: ['review.reconsideration.upheld'],
    });
  });
});

describe('nianbao render', () => {
  it('prints the printable HTML of the report (exit 0)', async () => {
    const { code, stdout, stderr } = await run('render', SEED);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stdout).toContain('镇海区新闻中心2020年政府信息公开工作年度报告');
    expect(stderr).toBe('');
  });

  it('exits 2 without HTML when the file is missing or refused; problems go to stderr', async () => {
    const missing = await run('render', MISSING);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('文件不存在');
    const refused = await run('render', fixturePath('cli/version-2.json'));
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('版本 2');
  });

  it('renders a file with restore problems, listing them on stderr only', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-cli-')), 'legacy-row.json');
    const seed = JSON.parse(readFileSync(SEED, 'utf8')) as {
      tables: { review: Record<string, unknown> };
    };
    seed.tables.review.legacyRow = { upheld: 1 };
    writeFileSync(file, JSON.stringify(seed));
    const { code, stdout, stderr } = await run('render', file);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stderr).toContain('legacyRow');
    expect(stderr).toContain('[警告]');
  });
});
