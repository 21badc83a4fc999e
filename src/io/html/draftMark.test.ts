import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { readyDoc } from '../../../testing/testDocs';
import { asRestored, type RestoredDocument } from '../../report/document';
import { setCell } from '../../report/edit';
import { renderReportHtml } from './renderReport';

function doc(): RestoredDocument {
  return asRestored(createBlankDocument({ agency: '测试局', year: 2021, format: '2021' }));
}

describe('草稿 mark', () => {
  it('is absent while the report has no error (blanks and warnings do not count)', () => {
    const html = renderReportHtml(doc());
    expect(html).not.toContain('class="draft-mark"');
    expect(html).not.toContain('草稿：');
  });

  it('marks every page and lists the errors before the title when a relation is broken', () => {
    const ref = { table: 'applications', row: 'received', column: 'naturalPerson' } as const;
    const broken = asRestored(setCell(readyDoc('2021'), ref, 7).doc);
    const html = renderReportHtml(broken);
    expect(html).toContain('<div class="draft-mark" aria-hidden="true">草稿</div>');
    const note = /<div class="draft-note"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(note).toMatch(/草稿：本报告尚有 \d+ 处错误/);
    expect(note).toContain('自然人');
    expect(html.indexOf('draft-note')).toBeLessThan(html.indexOf('<h1 class="title">'));
  });
});
