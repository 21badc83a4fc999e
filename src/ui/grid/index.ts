export { TableGrid } from './TableGrid';
export { focusCell } from './focusCell';
export { CellReason } from './CellReason';
