import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { definitionOf } from '../../src/report/definition/editions';
import type { TableId } from '../../src/report/definition/types';
import type { RestoredDocument } from '../../src/report/document';
import { problemMessage } from '../../src/report/restore/problemMessages';
import { restoreText } from '../../src/report/restore/restore';

export type FixtureName = 'zhenhai-2020' | 'sample-2021';

export function fixturePath(name: FixtureName): string {
  return fileURLToPath(new URL(`../../fixtures/reports/${name}.json`, import.meta.url));
}

/** A fixture report through the one door, as the app would import it; it must be clean. */
export function loadFixture(name: FixtureName): RestoredDocument {
  const { document, problems } = restoreText(readFileSync(fixturePath(name), 'utf8'));
  if (document === null || problems.length > 0) {
    const messages = problems.map((p) => problemMessage(p, document?.format)).join('；');
    throw new Error(`fixture ${name} does not restore cleanly: ${messages}`);
  }
  return document;
}

/** One fixed text of a printed table (header, caption, row label, unit …). */
export interface LayoutLabel {
  readonly table: TableId;
  readonly text: string;
  /**
   * A label spanning several rows (表三's 三、本年度办理结果, （三）不予公开 …). The print
   * renderer sets these upright in a vertical line, one character per line.
   */
  readonly vertical: boolean;
}

/** Every text cell of the layouts of the tables this report includes, in print order. */
export function layoutLabels(doc: RestoredDocument): LayoutLabel[] {
  const def = definitionOf(doc.format);
  const labels: LayoutLabel[] = [];
  for (const table of Object.values(def.tables)) {
    if (doc.tables[table.id] === null) continue;
    for (const row of [...table.layout.header, ...table.layout.body]) {
      for (const cell of row) {
        if (cell.type !== 'text' || cell.text.trim() === '') continue;
        const vertical = cell.role === 'label' && (cell.rowSpan ?? 1) > 1;
        labels.push({ table: table.id, text: cell.text, vertical });
      }
    }
  }
  return labels;
}

/** The heading of the part that holds a table, and the heading of the part after it. */
export function partBounds(
  doc: RestoredDocument,
  table: TableId,
): { readonly heading: string; readonly next: string | null } {
  const parts = definitionOf(doc.format).parts;
  const index = parts.findIndex((p) => p.content.some((c) => c.kind === 'table' && c.id === table));
  const part = parts[index];
  if (part === undefined) throw new Error(`table ${table} is in no part`);
  return { heading: part.heading, next: parts[index + 1]?.heading ?? null };
}
