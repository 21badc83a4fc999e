import { useCallback, useEffect, useMemo, useState, type FocusEvent, type ReactNode } from 'react';
import { definitionOf } from '../../report/definition/editions';
import { CheckPanel } from '../checks/CheckPanel';
import { AppHeader } from './shell/AppHeader';
import { PartNav } from './shell/PartNav';
import { editorParts, type PartKey } from '../state/parts';
import { ReportStoreContext, useDocumentSelector } from '../state/hooks';
import type { ReportStore } from '../state/reportStore';
import { NavigationContext, type NavigationTarget } from '../state/navigation';
import { PartView, type ViewRequest } from './PartView';
import { recallPlace, rememberPlace } from './placeMemory';
import { NARROW_EDITOR_QUERY } from './layoutWidths';
import { useUndoShortcuts } from './undoShortcuts';
import { useMediaQuery } from './useMediaQuery';
import './editor.css';
import './notices.css';

export interface EditorScreenProps {
  readonly store: ReportStore;
  /** Extra content at the start of the header (e.g. a link back to the drafts library). */
  readonly header?: ReactNode;
  /** The save state shown in the header (provided by the persistence layer). */
  readonly saveStatus?: ReactNode;
  /** The part shown first. */
  readonly initialPart?: PartKey;
}

/**
 * The report editor: header, the parts of the report, the current part, and the check list.
 * It only needs a store, so any screen (a new report, a draft from the library) can mount it.
 */
export function EditorScreen({ store, header, saveStatus, initialPart }: EditorScreenProps) {
  useUndoShortcuts(store);
  return (
    <ReportStoreContext.Provider value={store}>
      <EditorLayout header={header} saveStatus={saveStatus} initialPart={initialPart ?? 'basic'} />
    </ReportStoreContext.Provider>
  );
}

interface EditorLayoutProps {
  readonly header: ReactNode;
  readonly saveStatus: ReactNode;
  readonly initialPart: PartKey;
}

function EditorLayout({ header, saveStatus, initialPart }: EditorLayoutProps) {
  // The only document value the layout reads: the edition decides which parts exist.
  const format = useDocumentSelector((d) => d.format);
  const parts = useMemo(() => editorParts(definitionOf(format)), [format]);
  // After a reload, back to the part and cell the user was in (serial 1 moves focus there).
  const [view, setView] = useState<ViewRequest>(() => {
    const recalled = recallPlace(parts.map((p) => p.key));
    return recalled === null
      ? { part: initialPart, focus: { kind: 'heading' }, serial: 0 }
      : { ...recalled, serial: 1 };
  });
  const currentPart = view.part;
  useEffect(() => {
    rememberPlace({ part: currentPart, cell: null });
  }, [currentPart]);
  const rememberCell = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const cell = e.target instanceof HTMLInputElement ? e.target.dataset.cell : undefined;
      if (cell !== undefined) rememberPlace({ part: currentPart, cell });
    },
    [currentPart],
  );
  // The user's choice wins; until they choose, a narrow window starts with the list collapsed.
  const narrow = useMediaQuery(NARROW_EDITOR_QUERY);
  const [panelChoice, setPanelChoice] = useState<boolean | null>(null);
  const panelOpen = panelChoice ?? !narrow;
  const [navOpen, setNavOpen] = useState(true);
  const navigate = useCallback((target: NavigationTarget) => {
    setView((v) => ({ ...target, serial: v.serial + 1 }));
  }, []);
  const selectPart = useCallback(
    (part: PartKey) => {
      navigate({ part, focus: { kind: 'heading' } });
    },
    [navigate],
  );
  const part = parts.find((p) => p.key === view.part) ?? parts[0];
  return (
    <NavigationContext.Provider value={navigate}>
      <div
        className={[
          'editor',
          panelOpen ? '' : 'editor--panel-closed',
          navOpen ? '' : 'editor--nav-closed',
        ]
          .filter((c) => c !== '')
          .join(' ')}
      >
        <AppHeader leading={header} saveStatus={saveStatus} />
        <PartNav
          parts={parts}
          current={view.part}
          onSelect={selectPart}
          open={navOpen}
          onToggle={() => {
            setNavOpen((o) => !o);
          }}
        />
        <main className="editor__main" id="editor-main" onFocus={rememberCell}>
          {part === undefined ? null : <PartView part={part} request={view} />}
        </main>
        <CheckPanel
          parts={parts}
          open={panelOpen}
          onToggle={() => {
            setPanelChoice(!panelOpen);
          }}
        />
      </div>
    </NavigationContext.Provider>
  );
}
