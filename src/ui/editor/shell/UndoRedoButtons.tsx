import { useHistoryState, useReportStore } from '../../state/hooks';

/** 撤销 / 重做 with the step's name in the tooltip; the keys are installed by the editor. */
export function UndoRedoButtons() {
  const store = useReportStore();
  const { canUndo, canRedo, undoLabel, redoLabel } = useHistoryState();
  return (
    <div className="history-buttons" role="group" aria-label="撤销与重做">
      <button
        type="button"
        className="button button--quiet"
        disabled={!canUndo}
        onClick={() => {
          store.undo();
        }}
        title={canUndo ? `撤销：${undoLabel ?? ''}（Ctrl+Z）` : '没有可撤销的操作'}
        aria-keyshortcuts="Control+Z"
      >
        <span aria-hidden="true" className="button__icon">
          ↶
        </span>
        撤销
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!canRedo}
        onClick={() => {
          store.redo();
        }}
        title={canRedo ? `重做：${redoLabel ?? ''}（Ctrl+Y）` : '没有可重做的操作'}
        aria-keyshortcuts="Control+Y Control+Shift+Z"
      >
        <span aria-hidden="true" className="button__icon">
          ↷
        </span>
        重做
      </button>
    </div>
  );
}
