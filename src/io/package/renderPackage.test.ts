import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../report/checks';
import { asRestored } from '../../report/document';
import { restoreText } from '../../report/restore/restore';
import { exportOffice } from '../export/officeExport';
import { distinctReport, fixtureReport } from '../../../testing/reports';
import { extractXlsx } from '../xlsx/readXlsx';

const META = { exportedAt: new Date('2026-01-20T09:30:00Z'), generator: 'nianbao test' };

/** The 2021 sample with one acknowledged warning and one error. */
function reviewedReport() {
  const sample = fixtureReport('sample-2021');
  const received = sample.tables.applications.received ?? {};
  return asRestored({
    ...sample,
    sections: { ...sample.sections, other: '无。' },
    tables: {
      ...sample.tables,
      applications: {
        ...sample.tables.applications,
        received: { ...received, total: (received.total ?? 0) + 5 },
      },
    },
    acknowledged: [
      {
        check: 'section.feesNotStated',
        cell: 'other',
        note: '本单位不收取信息处理费，已报主管部门。',
      },
    ],
  });
}

describe('报送包', () => {
  it('holds the JSON, DOCX, XLSX, printable HTML and the 检查结果 page', async () => {
    const doc = reviewedReport();
    const file = await exportOffice(doc, 'package', META);
    expect(file.name).toBe('青溪县自然资源和规划局2021年政府信息公开工作年度报告（报送包）.zip');
    const entries = unzipSync(file.bytes);
    const base = '青溪县自然资源和规划局2021年政府信息公开工作年度报告';
    expect(Object.keys(entries).sort()).toEqual(
      [`${base}.docx`, `${base}.xlsx`, `${base}.html`, `${base}.json`, '检查结果.html'].sort(),
    );
    const json = restoreText(strFromU8(entries[`${base}.json`] ?? new Uint8Array()));
    expect(json.document).toEqual(doc);
    const docx = unzipSync(entries[`${base}.docx`] ?? new Uint8Array());
    expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toContain('一、总体情况');
    const xlsx = await extractXlsx(entries[`${base}.xlsx`] ?? new Uint8Array());
    expect(xlsx.format).toBe('2021');
    expect(xlsx.cells.find((c) => c.cell === 'applications.received.naturalPerson')?.value).toBe(
      doc.tables.applications.received?.naturalPerson,
    );
    const html = strFromU8(entries[`${base}.html`] ?? new Uint8Array());
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toContain('三、收到和处理政府信息公开申请情况');
  });

  it('lists every finding with its status and each acknowledged warning with its reason', async () => {
    const doc = reviewedReport();
    const entries = unzipSync((await exportOffice(doc, 'package', META)).bytes);
    const page = strFromU8(entries['检查结果.html'] ?? new Uint8Array());
    const findings = runChecks(doc, { today: META.exportedAt });
    expect(findings.some((f) => f.check === 'applications.rowTotal')).toBe(true);
    const rows = [...page.matchAll(/<tr><td[^>]*>(\d+)<\/td>(.*?)<\/tr>/g)];
    const findingRows = rows.filter((r) => /<td class="n">(错误|警告|提示)<\/td>/.test(r[2] ?? ''));
    expect(findingRows).toHaveLength(findings.length);
    findings.forEach((f, i) => {
      expect(findingRows[i]?.[2]).toContain(`<td class="n">${f.check}</td>`);
    });
    const error = findingRows.find((r) => (r[2] ?? '').includes('applications.rowTotal'));
    expect(error?.[2]).toContain('<td class="n">错误</td><td class="n">未通过</td>');
    const fees = findingRows.find((r) => (r[2] ?? '').includes('section.feesNotStated'));
    expect(fees?.[2]).toContain('已确认');
    expect(fees?.[2]).toContain('本单位不收取信息处理费，已报主管部门。');
    expect(page).toContain('二、已确认的警告及理由');
    expect(page).not.toMatch(/<script|https?:/i);
  });

  it('is the same bytes for the same report and time, whichever format', async () => {
    const doc = distinctReport('2019');
    for (const format of ['docx', 'xlsx', 'fragment', 'package'] as const) {
      const a = await exportOffice(doc, format, META);
      const b = await exportOffice(doc, format, META);
      expect(a.bytes, format).toEqual(b.bytes);
    }
  });
});
