import { describe, expect, it } from 'vitest';
import { readTruth } from '../../../testing/testTruth';
import { runCli } from '../main';
import { fixturePath, recordingIo } from '../../../testing/testIo';

async function run(...argv: string[]) {
  const recorder = recordingIo();
  const code = await runCli(argv, recorder.io);
  return { code, stdout: recorder.stdout(), stderr: recorder.stderr() };
}

describe('nianbao import', () => {
  it('--json prints the contract JSON of the report the file holds (exit 0)', async () => {
    const { code, stdout } = await run(
      'import',
      '--json',
      fixturePath('import/huaian-shizhengfu-2024.docx'),
    );
    expect(code).toBe(0);
    const file = JSON.parse(stdout) as Record<string, unknown>;
    const truth = readTruth('huaian-shizhengfu-2024.json');
    expect(file).toMatchObject({
      type: 'nianbao/annual-report',
      format: '2021',
      agency: truth.agency,
      year: 2024,
    });
    expect(file.tables).toEqual(truth.tables);
    expect(file.sections).toEqual(truth.sections);
  }, 30_000);

  it('without --json prints a readable summary and the problems on stderr', async () => {
    const { code, stdout, stderr } = await run(
      'import',
      fixturePath('import/shanghai-shizhengfubangongting-2019.html'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('机关：上海市人民政府办公厅');
    expect(stdout).toContain('表格单元格：读取 198 个');
    expect(stderr).toContain('已换算为 25.1 万元');
  });

  it('a file that cannot be read at all exits 2 with the reason in Chinese', async () => {
    const encrypted = await run('import', fixturePath('import/hostile/encrypted.pdf'));
    expect(encrypted.code).toBe(2);
    expect(encrypted.stderr).toContain('PDF 文件已加密');
    expect(encrypted.stdout).toBe('');
    const missing = await run('import', 'no-such-file.docx');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
  }, 30_000);
});
