/**
 * Export, import and print. Mounted by the editor header and the drafts library; writing to
 * storage stays with the caller (ImportDialog only reports the user's decision).
 */
export { ExportMenu, type ExportMenuProps } from './ExportMenu';
export { htmlExport, jsonExport, type ExportFile } from './exportFiles';
export { ImportButton, type ImportButtonProps } from './ImportButton';
export { ImportDialog, type ImportDialogProps } from './ImportDialog';
export {
  matchingReports,
  reviewImport,
  type ExistingReport,
  type ImportDecision,
  type ImportReview,
} from './importFlow';
export { PrintPreview, type PrintPreviewProps } from './PrintPreview';
