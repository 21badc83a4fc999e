import type { TableCell } from './unitTable';

/**
 * CSV that Excel and WPS open correctly: UTF-8 with a byte-order mark (without it Excel reads
 * Chinese as GBK), CRLF line ends, fields quoted when needed. Text that a spreadsheet would run
 * as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
function field(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly TableCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
