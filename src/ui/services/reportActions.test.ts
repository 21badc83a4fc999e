import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { asRestored } from '../../report/document';
import { createPersistenceServices } from './services';
import { importReport, renameReport } from './reportActions';

const doc = (overview: string) => {
  const blank = createBlankDocument({ agency: '甲局', year: 2024 });
  return asRestored({ ...blank, sections: { ...blank.sections, overview } });
};

describe('importReport', () => {
  it('imports as a new report', async () => {
    const services = createPersistenceServices(`import-${String(Math.random())}`);
    const id = await importReport(services, doc('导入的'), { kind: 'new' });
    expect((await services.reports.load(id))?.document?.sections.overview).toBe('导入的');
  });

  it('replaces an existing report after keeping its content in the history', async () => {
    const services = createPersistenceServices(`import-${String(Math.random())}`);
    const { id } = await services.reports.create(doc('原来的'));
    expect(await importReport(services, doc('导入的'), { kind: 'replace', reportId: id })).toBe(id);
    const stored = await services.reports.load(id);
    expect(stored?.document?.sections.overview).toBe('导入的');
    expect(stored?.revision).toBe(2);
    const [entry] = await services.revisions.list(id);
    expect(entry?.kind).toBe('import');
    expect((await services.revisions.open(entry?.id ?? -1))?.document?.sections.overview).toBe(
      '原来的',
    );
  });

  it('renaming keeps the state before it in the history', async () => {
    const services = createPersistenceServices(`rename-${String(Math.random())}`);
    const { id } = await services.reports.create(doc('正文'));
    const outcome = await renameReport(services, id, { agency: '乙局', title: null });
    expect(outcome.kind).toBe('saved');
    expect((await services.reports.load(id))?.document?.agency).toBe('乙局');
    const [entry] = await services.revisions.list(id);
    expect(entry?.kind).toBe('rename');
    expect((await services.revisions.open(entry?.id ?? -1))?.document?.agency).toBe('甲局');
  });

  it('stores an imported report as last year’s report of an existing one, linked to it', async () => {
    const services = createPersistenceServices(`import-${String(Math.random())}`);
    const next = await services.reports.create(
      asRestored(createBlankDocument({ agency: '甲局', year: 2025 })),
    );
    const opened = await importReport(services, doc('上年的'), {
      kind: 'lastYearOf',
      reportId: next.id,
    });
    expect(opened).toBe(next.id);
    const linked = await services.reports.load(next.id);
    const previousId = linked?.previousReportId ?? '';
    expect(previousId).not.toBe('');
    expect((await services.reports.load(previousId))?.document?.sections.overview).toBe('上年的');
    // The existing report's content is untouched by the link.
    expect(linked?.revision).toBe(next.revision);
  });
});
