import { lazy, Suspense, useState } from 'react';
import type { RestoredDocument } from '../../report/document';
import type { ExistingReport, ImportDecision } from './importFlow';

/** The dialog and the import code behind it load when 导入 is pressed, not with the editor. */
const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

export interface ImportButtonProps {
  /**
   * See ImportDialogProps.existing; a function is called when the button is pressed, so a
   * caller need not keep the list of stored reports up to date while the dialog is closed.
   */
  readonly existing: readonly ExistingReport[] | (() => Promise<readonly ExistingReport[]>);
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
  const [open, setOpen] = useState<readonly ExistingReport[] | null>(null);
  return (
    <>
      <button
        type="button"
        className={compact ? 'button button--small' : 'button'}
        aria-haspopup="dialog"
        onClick={() => {
          if (typeof existing !== 'function') {
            setOpen(existing);
            return;
          }
          // Reading the list failed: import still works, it just cannot offer 替换.
          existing().then(setOpen, () => {
            setOpen([]);
          });
        }}
      >
        {label}
      </button>
      {open !== null ? (
        <Suspense fallback={null}>
          <ImportDialog
            existing={open}
            onImport={onImport}
            onClose={() => {
              setOpen(null);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
