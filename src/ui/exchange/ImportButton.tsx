import { useState } from 'react';
import type { RestoredDocument } from '../../report/document';
import type { ExistingReport, ImportDecision } from './importFlow';
import { ImportDialog } from './ImportDialog';

export interface ImportButtonProps {
  /** See ImportDialogProps.existing. */
  readonly existing: readonly ExistingReport[];
  /** See ImportDialogProps.onImport; the dialog closes when it has finished. */
  readonly onImport: (decision: ImportDecision, doc: RestoredDocument) => void | Promise<void>;
  /** Button text; 导入 by default. */
  readonly label?: string;
  /** The small button size of a toolbar. */
  readonly compact?: boolean;
}

/** A button that opens the import dialog; focus comes back to it when the dialog closes. */
export function ImportButton({
  existing,
  onImport,
  label = '导入',
  compact = false,
}: ImportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={compact ? 'button button--small' : 'button'}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {label}
      </button>
      {open ? (
        <ImportDialog
          existing={existing}
          onImport={onImport}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
