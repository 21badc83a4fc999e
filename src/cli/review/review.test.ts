import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileCell, unitFile } from '../../../testing/sampleUnits';
import { runCli } from '../main';
import { fixturePath, recordingIo } from '../../../testing/testIo';

const sample = JSON.parse(readFileSync(fixturePath('reports/sample-2021.json'), 'utf8')) as Record<
  string,
  unknown
>;
const BROKEN = new Set([3, 8, 15, 21]);
const today = new Date('2022-06-01T00:00:00Z');

/** 25 unit reports in a fresh folder: four with an arithmetic error. */
function writeUnits() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-review-'));
  const docs = Array.from({ length: 25 }, (_, i) => unitFile(sample, i, { broken: BROKEN.has(i) }));
  const files = docs.map((doc, i) => {
    const file = join(dir, `unit-${String(i).padStart(2, '0')}.json`);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  });
  return { dir, docs, files };
}

interface SummaryJson {
  units: { file: string; agency: string; errors: number; checkIds: string[] }[];
  crossUnit: { code: string; message: string }[];
  failed: { file: string; reason: string }[];
}

describe('nianbao summary', () => {
  it('prints one row per file with its errors and check ids, exit 1 for reports with errors', async () => {
    const { files, docs } = writeUnits();
    const { io, stdout } = recordingIo(today);
    expect(await runCli(['summary', '--json', ...files], io)).toBe(1);
    const out = JSON.parse(stdout()) as SummaryJson;
    expect(out.units.map((u) => u.file)).toEqual(files);
    expect(out.units.map((u) => u.agency)).toEqual(docs.map((d) => d.agency));
    const withErrors = out.units.flatMap((u, i) => (u.errors > 0 ? [i] : []));
    expect(new Set(withErrors)).toEqual(BROKEN);
    for (const i of BROKEN) expect(out.units[i]?.checkIds).toContain('applications.rowTotal');
    expect(out.failed).toEqual([]);
  });

  it('prints the table as text, with the cross-unit findings', async () => {
    const { files } = writeUnits();
    const { io, stdout } = recordingIo(today);
    await runCli(['summary', ...files, files[0] ?? ''], io);
    const text = stdout();
    expect(text).toMatch(/^汇总审核：26 份报告。/);
    expect(text).toMatch(/文件\s+机关\s+年度\s+格式\s+错误\s+警告\s+待填写\s+检查项/);
    expect(text).toContain('青溪县发展和改革局的2021年报告有2份');
  });

  it('names the files it could not read and exits 2', async () => {
    const { dir, files } = writeUnits();
    const broken = join(dir, 'broken.zip');
    writeFileSync(broken, 'PK');
    const { io, stdout } = recordingIo(today);
    expect(
      await runCli(['summary', ...files.slice(0, 2), broken, join(dir, 'missing.json')], io),
    ).toBe(2);
    expect(stdout()).toContain(`${broken}：不是有效的 zip 压缩包`);
    expect(stdout()).toContain(`${join(dir, 'missing.json')}：文件不存在`);
  });
});

describe('nianbao consolidate', () => {
  it('writes the sum of the reports, equal to the sums of their cells', async () => {
    const { dir, docs, files } = writeUnits();
    const ok = files.filter((_, i) => !BROKEN.has(i));
    const okDocs = docs.filter((_, i) => !BROKEN.has(i));
    // Two of them travel in a 报送包.
    const zipped = join(dir, 'package.zip');
    writeFileSync(
      zipped,
      zipSync({
        'a.json': strToU8(readFileSync(ok[0] ?? '', 'utf8')),
        'b.json': strToU8(readFileSync(ok[1] ?? '', 'utf8')),
      }),
    );
    const out = join(dir, 'sum.json');
    const { io, stdout } = recordingIo(today);
    expect(await runCli(['consolidate', zipped, ...ok.slice(2), '-o', out], io)).toBe(0);
    expect(stdout()).toContain('已汇总 21 个单位的 2021 年报告');
    const sum = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    const total = (t: string, r: string, c: string) =>
      okDocs.reduce((s, d) => s + fileCell(d, t, r, c), 0);
    expect(sum.agency).toBe('（汇总，21个单位）');
    for (const [t, r, c] of [
      ['applications', 'received', 'total'],
      ['applications', 'handledTotal', 'total'],
      ['applications', 'received', 'naturalPerson'],
      ['review', 'reconsideration', 'total'],
      ['review', 'litigationDirect', 'total'],
    ] as const) {
      expect(fileCell(sum, t, r, c)).toBe(total(t, r, c));
    }
  });

  it('refuses a mixed set, says why, and writes nothing', async () => {
    const { dir, files } = writeUnits();
    const other = join(dir, 'other-year.json');
    writeFileSync(other, JSON.stringify({ ...unitFile(sample, 30), year: 2022 }));
    const out = join(dir, 'sum.json');
    const { io, stderr } = recordingIo(today);
    expect(await runCli(['consolidate', files[0] ?? '', other, '-o', out], io)).toBe(2);
    expect(stderr()).toContain('无法汇总：只能汇总同一年度的报告');
    expect(() => readFileSync(out)).toThrow();
  });

  it('needs -o', async () => {
    const { io, stderr } = recordingIo(today);
    expect(await runCli(['consolidate', 'a.json'], io)).toBe(2);
    expect(stderr()).toContain('consolidate 需要用 -o 指定输出文件');
  });
});
