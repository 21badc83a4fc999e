import { definitionOf, SECTION_KEYS, TABLE_IDS } from '../../../report/definition/editions';
import { titleOf, type ReportDocument } from '../../../report/document';
import { isComputed } from '../../../report/totals';

/** A few facts about a document for a read-only preview. */
export interface DocumentFacts {
  readonly title: string;
  readonly agency: string;
  readonly year: number;
  readonly edition: string;
  readonly filledCells: number;
  readonly inputCells: number;
  readonly sections: readonly {
    readonly heading: string;
    readonly excerpt: string;
    readonly length: number;
  }[];
}

const EXCERPT = 80;

export function documentFacts(doc: ReportDocument): DocumentFacts {
  const def = definitionOf(doc.format);
  let filledCells = 0;
  let inputCells = 0;
  for (const tableId of TABLE_IDS) {
    const values = doc.tables[tableId];
    if (values === null) continue;
    for (const row of def.tables[tableId].rows) {
      for (const column of row.columns) {
        if (isComputed(doc.format, { table: tableId, row: row.id, column: column.id })) continue;
        inputCells += 1;
        if ((values[row.id]?.[column.id] ?? null) !== null) filledCells += 1;
      }
    }
  }
  return {
    title: titleOf(doc),
    agency: doc.agency,
    year: doc.year,
    edition: `${doc.format} 版格式（${def.notice}）`,
    filledCells,
    inputCells,
    sections: SECTION_KEYS.map((key) => {
      const text = doc.sections[key].trim();
      return {
        heading: def.sections[key].heading,
        excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}……` : text,
        length: text.length,
      };
    }),
  };
}
