import { describe, expect, it } from 'vitest';
import { buildImportedReport } from './buildImportedReport';
import { extractReport } from './importReport';
import { compareCells, fixtureBytes, readTruth } from '../../../testing/testTruth';

/**
 * Every real report under fixtures/import in every form it circulates in, against its true
 * values (fixtures/import/README.md says where each comes from).
 */
const FORMS: readonly { file: string; truth: string; narrative: boolean }[] = [
  {
    file: 'shanghai-shizhengfubangongting-2019.html',
    truth: 'shanghai-shizhengfubangongting-2019.json',
    narrative: true,
  },
  {
    file: 'shanghai-shizhengfubangongting-2019.txt',
    truth: 'shanghai-shizhengfubangongting-2019.json',
    narrative: true,
  },
  {
    file: 'shanghai-shizhengfubangongting-2019.docx',
    truth: 'shanghai-shizhengfubangongting-2019.json',
    narrative: true,
  },
  {
    file: 'shanghai-shizhengfubangongting-2019.pdf',
    truth: 'shanghai-shizhengfubangongting-2019.json',
    narrative: false,
  },
  { file: 'huaian-shizhengfu-2024.txt', truth: 'huaian-shizhengfu-2024.json', narrative: true },
  { file: 'huaian-shizhengfu-2024.docx', truth: 'huaian-shizhengfu-2024.json', narrative: true },
  { file: 'huaian-shizhengfu-2024.pdf', truth: 'huaian-shizhengfu-2024.json', narrative: false },
  {
    file: 'zhenhai-xinwenzhongxin-2020.txt',
    truth: 'zhenhai-xinwenzhongxin-2020.json',
    narrative: true,
  },
];

describe('importing the real reports in fixtures/import', () => {
  for (const form of FORMS) {
    it(`${form.file}: never a wrong number; edition, agency, year and sections as published`, async () => {
      const truth = readTruth(form.truth);
      const outcome = await extractReport(fixtureBytes(form.file), form.file);
      if (!outcome.ok) throw new Error(`refused: ${outcome.problem.code}`);
      const { extracted } = outcome;
      expect(extracted.format).toBe(truth.format);
      expect(extracted.agency).toBe(truth.agency);
      expect(extracted.year).toBe(truth.year);
      const cells = compareCells(extracted, truth);
      expect(cells.wrong).toEqual([]);
      // A cell that could not be placed is flagged with a problem naming its row or table.
      for (const id of cells.flagged) {
        const [table = '', row = ''] = id.split('.');
        const named = extracted.problems.some(
          (p) => p.cell === `${table}.${row}` || p.cell === table || p.cell === id,
        );
        expect(named, id).toBe(true);
      }
      if (form.narrative) {
        expect(cells.flagged).toEqual([]);
        expect(extracted.sections).toEqual(truth.sections);
      }
      const imported = buildImportedReport(extracted);
      expect(imported.document?.agency).toBe(truth.agency);
    }, 60_000);
  }

  it('a Word-exported or PDF layout with the 2021 edition keeps every printed total as printed', async () => {
    const outcome = await extractReport(fixtureBytes('huaian-shizhengfu-2024.pdf'), 'report.pdf');
    if (!outcome.ok) throw new Error(outcome.problem.code);
    const total = outcome.extracted.cells.find((c) => c.cell === 'applications.received.total');
    // 3119 wraps in its narrow cell (311 / 9) and is read whole.
    expect(total).toMatchObject({ value: 3119, status: 'read' });
    expect(outcome.extracted.problems.filter((p) => p.code === 'total.mismatch')).toEqual([]);
  }, 60_000);
});
