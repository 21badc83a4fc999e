import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../io/html';
import { createBlankDocument } from '../../report/blank';
import { asRestored } from '../../report/document';
import { restoreText } from '../../report/restore/restore';
import { version } from '../../../package.json';
import { htmlExport, jsonExport } from './exportFiles';

const doc = asRestored({
  ...createBlankDocument({ agency: '测试/区:政务*中心', year: 2024 }),
  preface: '<script>window.__pwned=1</script>',
});

describe('export files', () => {
  it('writes the contract JSON with time and generator, under a safe file name', () => {
    const file = jsonExport(doc, new Date('2025-01-20T09:30:00.000Z'));
    expect(file.name).toBe('测试_区_政务_中心2024年政府信息公开工作年度报告.json');
    expect(file.type).toBe('application/json');
    const parsed = JSON.parse(file.text) as Record<string, unknown>;
    expect(parsed.exportedAt).toBe('2025-01-20T09:30:00.000Z');
    expect(parsed.generator).toBe(`nianbao ${version}`);
    // The file reads back to the same report.
    expect(restoreText(file.text).document).toEqual(doc);
  });

  it('writes the printable HTML under the same name, and it is the preview’s HTML', async () => {
    const file = await htmlExport(doc);
    expect(file.name).toBe('测试_区_政务_中心2024年政府信息公开工作年度报告.html');
    expect(file.type).toBe('text/html');
    expect(file.text).toBe(renderReportHtml(doc));
    expect(file.text).not.toContain('<script');
    expect(file.text).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });
});
