export { escapeHtml } from './escape';
export { renderReportHtml, type RenderOptions } from './renderReport';
export { renderTableHtml } from './table';
