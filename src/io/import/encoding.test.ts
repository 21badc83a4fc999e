import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from './importReport';

const read = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));
const gbk = read('../../../fixtures/encodings/zhenhai-2020.gb18030.txt');
const utf8 = read('../../../fixtures/import/zhenhai-xinwenzhongxin-2020.txt');

describe('importing a text file saved as GBK / GB18030 (“ANSI”)', () => {
  it('reads the same report as the UTF-8 file, with a notice naming the encoding', async () => {
    const [fromGbk, fromUtf8] = await Promise.all([
      extractReport(gbk, 'report.txt'),
      extractReport(utf8, 'report.txt'),
    ]);
    if (!fromGbk.ok || !fromUtf8.ok) throw new Error('both files are reports');
    expect(fromGbk.extracted.agency).toBe(fromUtf8.extracted.agency);
    expect(fromGbk.extracted.sections).toEqual(fromUtf8.extracted.sections);
    expect(fromGbk.extracted.cells).toEqual(fromUtf8.extracted.cells);
    expect(fromGbk.extracted.problems[0]).toMatchObject({ code: 'file.encodingGb18030' });
    expect(fromUtf8.extracted.problems.map((p) => p.code)).not.toContain('file.encodingGb18030');
    expect(JSON.stringify(fromGbk.extracted)).not.toContain('\uFFFD');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 instead of storing mojibake', async () => {
    const outcome = await extractReport(new Uint8Array([0x31, 0xff, 0xff, 0x32]), 'x.txt');
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'file.encodingUnknown' } });
  });
});
