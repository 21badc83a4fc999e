/**
 * Reports the export tests share: the two fixtures (a real 2019-edition report with the
 * statistics table, a 2021 sample) and a 2021 report whose every input cell holds a different
 * number, so a value printed in the wrong cell shows up.
 */
import { readFileSync } from 'node:fs';
import { createBlankDocument } from '../src/report/blank';
import { definitionOf, TABLE_IDS } from '../src/report/definition/editions';
import type { Format } from '../src/report/definition/types';
import { asRestored, type RestoredDocument } from '../src/report/document';
import { setCell } from '../src/report/edit';
import { restoreText } from '../src/report/restore/restore';

export function fixtureReport(name: 'zhenhai-2020' | 'sample-2021'): RestoredDocument {
  const url = new URL(`../fixtures/reports/${name}.json`, import.meta.url);
  const { document } = restoreText(readFileSync(url, 'utf8'));
  if (document === null) throw new Error(`fixture ${name} was refused`);
  return document;
}

/** Every input cell filled with a distinct value (money with decimals), totals recomputed. */
export function distinctReport(format: Format): RestoredDocument {
  const year = format === '2019' ? 2020 : 2022;
  const blank = createBlankDocument({ agency: '测试县测试局', year, format });
  let doc = asRestored({
    ...blank,
    publicationDate: '2023-01-18',
    sections: {
      overview: '本年度工作概述。\n（一）主动公开\n主动公开情况。\n1.平台建设\n平台情况。',
      problems: '存在问题。',
      other: '未收取信息处理费。',
    },
    tables: { ...blank.tables, disclosureStats: {} },
  });
  let next = 11;
  for (const tableId of TABLE_IDS) {
    for (const row of definitionOf(format).tables[tableId].rows) {
      for (const column of row.columns) {
        if (column.computed === true || row.computed === true) continue;
        const value = column.kind === 'money' ? next * 1_000_000 + 250_000 : next;
        doc = setCell(doc, { table: tableId, row: row.id, column: column.id }, value).doc;
        next += 1;
      }
    }
  }
  return doc;
}
