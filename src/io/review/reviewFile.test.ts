import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reviewFile } from './reviewFile';

const sample = readFileSync(new URL('../../../fixtures/reports/sample-2021.json', import.meta.url));
const today = new Date('2022-06-01T00:00:00Z');

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url));

describe('reviewFile', () => {
  it('reads a published report (web page, Word) through the importer into a unit', async () => {
    for (const name of [
      'shanghai-shizhengfubangongting-2019.html',
      'huaian-shizhengfu-2024.docx',
    ]) {
      const truth = JSON.parse(fixture(name.replace(/\.\w+$/u, '.json')).toString('utf8')) as {
        agency: string;
        year: number;
        tables: { applications: { received: { total: number } } };
      };
      const [item] = await reviewFile(name, fixture(name), today);
      expect(item?.kind, name).toBe('unit');
      if (item?.kind !== 'unit') return;
      expect(item.summary).toMatchObject({ file: name, agency: truth.agency, year: truth.year });
      expect(item.summary.keyFigures.received).toBe(truth.tables.applications.received.total);
    }
  });

  it('says why a file that is not a report cannot be reviewed', async () => {
    const [item] = await reviewFile('notes.txt', new TextEncoder().encode('会议记录'), today);
    expect(item?.kind).toBe('failed');
    if (item?.kind !== 'failed') return;
    expect(item.reason).toMatch(/年度报告|年报/u);
  });

  it('checks a contract JSON file into a unit summary', async () => {
    const [item] = await reviewFile('a.json', sample, today);
    expect(item?.kind).toBe('unit');
    if (item?.kind !== 'unit') return;
    expect(item.summary).toMatchObject({
      file: 'a.json',
      agency: '青溪县自然资源和规划局',
      year: 2021,
      format: '2021',
    });
    expect(item.summary.keyFigures.received).not.toBeNull();
  });

  it('takes the report JSON out of a 报送包 and skips other entries', async () => {
    const zip = zipSync({
      'report.json': new Uint8Array(sample),
      'manifest.json': strToU8('{"files":["report.json"]}'),
      'report.docx': strToU8('not read'),
    });
    const items = await reviewFile('包.zip', zip, today);
    expect(items.map((i) => [i.kind, i.file])).toEqual([['unit', '包.zip/report.json']]);
  });

  it('says why a file could not be read', async () => {
    const [bad] = await reviewFile('x.zip', strToU8('PK not really'), today);
    expect(bad).toEqual({
      kind: 'failed',
      file: 'x.zip',
      reason: '不是有效的 zip 压缩包（文件损坏或格式不对）。',
    });
    const [empty] = await reviewFile('y.zip', zipSync({ 'a.txt': strToU8('x') }), today);
    expect(empty).toMatchObject({ kind: 'failed', reason: '压缩包中没有年度报告 JSON 文件。' });
    const [other] = await reviewFile('z.wps', strToU8('x'), today);
    expect(other).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('不支持这种文件') as unknown,
    });
    const [notJson] = await reviewFile('n.json', strToU8('{'), today);
    expect(notJson).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('JSON') as unknown,
    });
  });
});
