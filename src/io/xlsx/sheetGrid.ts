import type ExcelJS from 'exceljs';

/** One slot of a worksheet, as the reader needs it. */
export interface GridSlot {
  /** Displayed text (formula results as their value), trimmed; '' when empty. */
  readonly text: string;
  /** The number when the slot holds one (a number, or a formula whose result is one). */
  readonly number: number | null;
  /** True for a slot inside a merged range other than its top-left one. */
  readonly covered: boolean;
  /** The text of the merged range's top-left slot, so a merged header labels every column. */
  readonly label: string;
}

export interface SheetGrid {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  readonly slot: (row: number, column: number) => GridSlot;
  /** `B7` for 1-based row 7, column 2. */
  readonly address: (row: number, column: number) => string;
}

type CellValue = ExcelJS.CellValue;

function valueText(value: CellValue): { text: string; number: number | null } {
  if (value === null || value === undefined) return { text: '', number: null };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value.trim(), number: null };
  if (typeof value === 'boolean') return { text: String(value), number: null };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), number: null };
  if ('richText' in value) {
    return {
      text: value.richText
        .map((r) => r.text)
        .join('')
        .trim(),
      number: null,
    };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === 'number'
      ? { text: String(result), number: result }
      : { text: typeof result === 'string' ? result.trim() : '', number: null };
  }
  if ('text' in value) return { text: value.text.trim(), number: null };
  return { text: '', number: null };
}

/** A worksheet as a plain grid of slots (1-based), merged ranges resolved. */
export function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows = sheet.rowCount;
  const columns = sheet.columnCount;
  const cache = new Map<string, GridSlot>();
  const slot = (row: number, column: number): GridSlot => {
    const key = `${String(row)}:${String(column)}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const cell = sheet.getCell(row, column);
    const master = cell.isMerged ? cell.master : cell;
    const covered = master.address !== cell.address;
    const own = covered ? { text: '', number: null } : valueText(cell.value);
    const label = covered ? valueText(master.value).text : own.text;
    const result: GridSlot = { ...own, covered, label };
    cache.set(key, result);
    return result;
  };
  return {
    name: sheet.name,
    rows,
    columns,
    slot,
    address: (row, column) => sheet.getCell(row, column).address,
  };
}
