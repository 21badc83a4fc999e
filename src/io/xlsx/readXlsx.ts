import type ExcelJS from 'exceljs';
import { cellId, parseCellId, type CellId } from '../../report/cells';
import { defaultFormatForYear, definitionOf, TABLE_IDS } from '../../report/definition/editions';
import {
  FORMATS,
  type CellKind,
  type EditionDefinition,
  type Format,
  type TableId,
} from '../../report/definition/types';
import type { ExtractedReport, ImportProblem, LocatedCell } from '../import/types';
import { parseSlot } from './cellText';
import { MAP_HEADER, MAP_KEYS, MAP_SHEET, MAP_TYPE } from './cellMap';
import { filledCount, locateByLabel, type SheetPosition } from './labelMatch';
import { sheetGrid, type SheetGrid } from './sheetGrid';
import { ImportRefusal, importProblem } from '../import/problemCodes';

interface CellMap {
  readonly format: Format | null;
  readonly agency: string | null;
  readonly year: number | null;
  readonly title: string | null;
  readonly cells: ReadonlyMap<CellId, { readonly sheet: string; readonly address: string }>;
}

const cellText = (sheet: ExcelJS.Worksheet, row: number, column: number): string => {
  const value = sheet.getCell(row, column).value;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** The hidden sheet of contract cell ids that Nianbao writes, or null (another workbook). */
function readCellMap(workbook: ExcelJS.Workbook): CellMap | null {
  const sheet = workbook.getWorksheet(MAP_SHEET);
  if (sheet === undefined || cellText(sheet, 1, 2) !== MAP_TYPE) return null;
  const keys = new Map<string, string>();
  const cells = new Map<CellId, { sheet: string; address: string }>();
  let inCells = false;
  for (let row = 1; row <= sheet.rowCount; row += 1) {
    const [a, b, c] = [1, 2, 3].map((column) => cellText(sheet, row, column));
    if (a === MAP_HEADER[0] && b === MAP_HEADER[1]) {
      inCells = true;
    } else if (!inCells && a !== undefined) {
      keys.set(a, b ?? '');
    } else if (inCells && a !== undefined && parseCellId(a) !== null) {
      cells.set(a as CellId, { sheet: b ?? '', address: c ?? '' });
    }
  }
  const format = keys.get(MAP_KEYS.format);
  const year = Number(keys.get(MAP_KEYS.year));
  return {
    format: FORMATS.find((f) => f === format) ?? null,
    agency: keys.get(MAP_KEYS.agency) ?? null,
    year: Number.isInteger(year) ? year : null,
    title: keys.get(MAP_KEYS.title) ?? null,
    cells,
  };
}

/** Input cells of an edition with their kind and label, in print order. */
function inputCells(def: EditionDefinition) {
  return TABLE_IDS.flatMap((tableId) =>
    def.tables[tableId].rows.flatMap((row) =>
      row.computed === true
        ? []
        : row.columns
            .filter((c) => c.computed !== true)
            .map((c) => ({
              id: cellId({ table: tableId, row: row.id, column: c.id }),
              table: tableId,
              kind: c.kind,
              label: `${def.tables[tableId].shortName} ${row.label} ${c.label}`,
            })),
    ),
  );
}

function positionFromMap(
  grids: ReadonlyMap<string, SheetGrid>,
  entry: { readonly sheet: string; readonly address: string } | undefined,
): SheetPosition | null {
  if (entry === undefined) return null;
  const grid = grids.get(entry.sheet);
  const match = /^([A-Z]+)(\d+)$/.exec(entry.address);
  if (grid === undefined || match === null) return null;
  const letters = match[1] ?? '';
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { sheet: grid, row: Number(match[2]), column };
}

function locatedCell(
  id: CellId,
  kind: CellKind,
  position: SheetPosition | null,
  problems: ImportProblem[],
): LocatedCell {
  if (position === null) return { cell: id, value: null, status: 'notFound' };
  const slot = position.sheet.slot(position.row, position.column);
  const source = slot.text;
  const parsed = parseSlot(slot, kind);
  if (!parsed.ok) {
    // As the other importers do: text that is no value is left blank and named.
    problems.push(importProblem('cell.unreadable', 'warning', { source }, id));
    return { cell: id, value: null, status: 'notFound', source };
  }
  if (parsed.value === null && source !== '') {
    problems.push(importProblem('cell.none', 'notice', { source }, id));
  } else if (parsed.converted !== undefined && parsed.value !== null) {
    problems.push(
      importProblem(
        'money.converted',
        'notice',
        { source, unit: parsed.converted, value: String(parsed.value) },
        id,
      ),
    );
  }
  return { cell: id, value: parsed.value, status: 'read', source };
}

function emptyReport(problems: readonly ImportProblem[]): ExtractedReport {
  return {
    sourceKind: 'xlsx',
    format: null,
    agency: null,
    year: null,
    title: null,
    preface: null,
    sections: {},
    publicationDate: null,
    cells: [],
    hasDisclosureStats: false,
    problems,
  };
}

/** The edition whose labels the sheets carry (most cells found with something in them). */
function chooseFormat(grids: readonly SheetGrid[]): {
  format: Format | null;
  found: Map<CellId, SheetPosition>;
} {
  const scored = FORMATS.map((format) => {
    const found = locateByLabel(grids, definitionOf(format));
    return { format, found, score: filledCount(found) };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best === undefined) return { format: null, found: new Map() };
  const tie = second?.score === best.score;
  return { format: tie ? null : best.format, found: best.found };
}

/**
 * Reads a workbook's tables into the importer contract. Nianbao's own workbook is read exactly
 * through its hidden sheet of cell ids (and by label where a colleague moved rows); any other
 * workbook whose sheets carry the official row and column labels is read by label, in whatever
 * order its rows come. Problems use the importer's codes (src/io/import/problemCodes.ts); a
 * file that is not a workbook throws ImportRefusal('xlsx.invalid'), as the other adapters do.
 */
export async function extractXlsx(bytes: Uint8Array): Promise<ExtractedReport> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    const data: ArrayBuffer = bytes.slice().buffer;
    await workbook.xlsx.load(data);
  } catch (error: unknown) {
    // Not a workbook: refused at the importer's one entry point, like a broken .docx.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportRefusal('xlsx.invalid', { reason });
  }
  const problems: ImportProblem[] = [];
  const map = readCellMap(workbook);
  const visible = workbook.worksheets.filter((s) => s.name !== MAP_SHEET || map === null);
  const grids = visible.map(sheetGrid);
  const byName = new Map(grids.map((g) => [g.name, g]));

  let format: Format | null;
  let byLabel: Map<CellId, SheetPosition>;
  if (map?.format != null) {
    format = map.format;
    byLabel = locateByLabel(grids, definitionOf(format));
  } else {
    ({ format, found: byLabel } = chooseFormat(grids));
    if (format === null) {
      // The labels fit both editions equally: as the other importers do, the year decides.
      format = defaultFormatForYear(map?.year ?? new Date().getFullYear());
      if (byLabel.size > 0) {
        problems.push(
          importProblem('format.notRecognised', 'warning', { format, year: map?.year ?? '' }),
        );
      }
      byLabel = locateByLabel(grids, definitionOf(format));
    }
  }
  const def = definitionOf(format);

  const moved = new Set<string>();
  const positionOf = (id: CellId): SheetPosition | null => {
    const exact = map === null ? null : positionFromMap(byName, map.cells.get(id));
    const labelled = byLabel.get(id) ?? null;
    if (exact === null) return labelled;
    // A colleague inserted or sorted rows: the labels know where the cell went.
    if (
      labelled !== null &&
      (labelled.sheet !== exact.sheet ||
        labelled.row !== exact.row ||
        labelled.column !== exact.column)
    ) {
      moved.add(labelled.sheet.name);
      return labelled;
    }
    return exact;
  };

  const wanted = inputCells(def);
  const positions = new Map(wanted.map((w) => [w.id, positionOf(w.id)]));
  const foundTables = new Set<TableId>(
    wanted.filter((w) => positions.get(w.id) != null).map((w) => w.table),
  );
  if (foundTables.size === 0) {
    return emptyReport([importProblem('file.notReport', 'error', { kind: 'xlsx' })]);
  }
  for (const sheet of moved) {
    problems.push(importProblem('xlsx.layoutChanged', 'warning', { sheet }));
  }
  for (const tableId of TABLE_IDS) {
    if (!foundTables.has(tableId) && def.tables[tableId].optional !== true) {
      problems.push(importProblem('table.notFound', 'warning', { table: tableId }, tableId));
    }
  }
  const hasDisclosureStats = foundTables.has('disclosureStats');
  const cells = wanted
    .filter((w) => w.table !== 'disclosureStats' || hasDisclosureStats)
    .map((w) => locatedCell(w.id, w.kind, positions.get(w.id) ?? null, problems));

  return {
    ...emptyReport(problems),
    format,
    agency: map?.agency ?? null,
    year: map?.year ?? null,
    title: map?.title ?? null,
    cells,
    hasDisclosureStats,
  };
}
