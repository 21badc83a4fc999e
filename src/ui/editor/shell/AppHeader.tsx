import { useEffect, type ReactNode } from 'react';
import { definitionOf } from '../../../report/definition/editions';
import { titleOf } from '../../../report/document';
import { OfflineIndicator } from '../../pwa';
import { useDocumentSelector } from '../../state/hooks';
import { UndoRedoButtons } from './UndoRedoButtons';
import './shell.css';

interface AppHeaderProps {
  /** Placed before the title, e.g. a link back to the drafts library. */
  readonly leading?: ReactNode;
  /** Save state from the persistence layer (已保存 / 正在保存…). */
  readonly saveStatus?: ReactNode;
}

/** The report's title and agency, always visible, with undo/redo and the save state. */
export function AppHeader({ leading, saveStatus }: AppHeaderProps) {
  // Primitive selectors: the header re-renders only when one of these values changes.
  const title = useDocumentSelector(titleOf);
  const agency = useDocumentSelector((d) => d.agency.trim());
  const year = useDocumentSelector((d) => d.year);
  const format = useDocumentSelector((d) => d.format);
  useEffect(() => {
    // The window title names the report, so several open reports can be told apart.
    document.title = `${title} · 年报`;
  }, [title]);
  return (
    <header className="app-header">
      {leading === undefined ? null : <div className="app-header__leading">{leading}</div>}
      <div className="app-header__title">
        <h1>{title}</h1>
        <p className="app-header__meta">
          <span className={agency === '' ? 'app-header__missing' : undefined}>
            {agency === '' ? '机关名称未填写' : agency}
          </span>
          <span aria-hidden="true"> · </span>
          <span>{year}年度</span>
          <span aria-hidden="true"> · </span>
          <span>
            {format} 版格式（{definitionOf(format).notice}）
          </span>
        </p>
      </div>
      <div className="app-header__tools">
        <OfflineIndicator />
        {saveStatus === undefined ? null : <div className="app-header__save">{saveStatus}</div>}
        <UndoRedoButtons />
      </div>
    </header>
  );
}
