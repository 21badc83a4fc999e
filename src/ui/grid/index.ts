export { TableGrid } from './TableGrid';
export { focusCell } from './focusCell';
