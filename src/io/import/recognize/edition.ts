import { definitionOf } from '../../../report/definition/editions';
import { FORMATS, type Format, type TableDef } from '../../../report/definition/types';
import { labelKey } from '../normalize';

/** Every text an edition prints in a table: row labels, column labels, header and group cells. */
function printedTexts(table: TableDef): string[] {
  const layoutTexts = [...table.layout.header, ...table.layout.body]
    .flat()
    .flatMap((cell) => (cell.type === 'text' ? [cell.text] : []));
  const rowTexts = table.rows.flatMap((row) => [
    row.printLabel,
    ...row.columns.map((c) => c.label),
  ]);
  return [...layoutTexts, ...rowTexts].map(labelKey).filter((k) => k.length >= 4);
}

function editionTexts(format: Format): Set<string> {
  const { tables } = definitionOf(format);
  return new Set([...printedTexts(tables.proactive), ...printedTexts(tables.applications)]);
}

/**
 * Per edition, the printed table texts no other edition has (and that are not part of one
 * another edition prints: 2019's 规范性文件 is inside 2021's 行政规范性文件). Computed from the
 * definitions, so a new edition is told apart without new code.
 */
const DISTINCT: ReadonlyMap<Format, readonly string[]> = new Map(
  FORMATS.map((format) => {
    const own = editionTexts(format);
    const others = FORMATS.filter((f) => f !== format).flatMap((f) => [...editionTexts(f)]);
    const distinct = [...own].filter((text) => !others.some((o) => o.includes(text)));
    return [format, distinct];
  }),
);

/** The edition whose distinctive labels the tables' text holds most, or null on a tie. */
export function recogniseEdition(tableText: string): Format | null {
  let best: Format | null = null;
  let bestScore = 0;
  let tie = false;
  for (const format of FORMATS) {
    const score = (DISTINCT.get(format) ?? []).filter((text) => tableText.includes(text)).length;
    if (score > bestScore) {
      best = format;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}
