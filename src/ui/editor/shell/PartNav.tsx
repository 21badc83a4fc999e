import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { groupFindings } from '../../checks/groupFindings';
import { useDocumentSelector, useFindings } from '../../state/hooks';
import { NAV_SHORTCUT_TEXT, useNavShortcut } from './navShortcut';
import { PartNavItem } from './PartNavItem';
import type { EditorPart, PartKey } from '../../state/parts';

interface PartNavProps {
  readonly parts: readonly EditorPart[];
  readonly current: PartKey;
  readonly onSelect: (key: PartKey) => void;
  /** Collapsed, the list keeps one short mark per part (一、二 …) and gives its width to the table. */
  readonly open: boolean;
  readonly onToggle: () => void;
}

/** Arrow keys move between the parts' buttons; Enter or Space opens one. */
function moveFocus(e: KeyboardEvent<HTMLOListElement>): void {
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-part]')];
  const index = buttons.findIndex((b) => b === document.activeElement);
  if (index < 0) return;
  const targets: Partial<Record<string, number>> = {
    ArrowDown: Math.min(index + 1, buttons.length - 1),
    ArrowUp: Math.max(index - 1, 0),
    Home: 0,
    End: buttons.length - 1,
  };
  const next = targets[e.key];
  if (next === undefined) return;
  e.preventDefault();
  buttons[next]?.focus();
}

/** The parts of the report with their state and finding counts. */
export function PartNav({ parts, current, onSelect, open, onToggle }: PartNavProps) {
  const findings = useFindings();
  const acknowledged = useDocumentSelector((d) => d.acknowledged);
  const summary = useMemo(
    () => groupFindings(findings, { acknowledged }, parts),
    [findings, acknowledged, parts],
  );
  const list = useRef<HTMLOListElement>(null);
  const focusCurrent = useCallback(() => {
    list.current?.querySelector<HTMLButtonElement>('button[aria-current="true"]')?.focus();
  }, []);
  useNavShortcut(focusCurrent);
  return (
    <div className={open ? 'part-nav-column' : 'part-nav-column part-nav-column--closed'}>
      <button
        type="button"
        className="button button--quiet button--small part-nav__toggle"
        aria-expanded={open}
        aria-controls="part-nav"
        onClick={onToggle}
      >
        {open ? '« 收起目录' : '»'}
        {open ? null : <span className="sr-only">展开目录</span>}
      </button>
      <nav id="part-nav" className="part-nav" aria-label="报告各部分">
        <ol ref={list} className="part-nav__list" onKeyDown={moveFocus}>
          {parts.map((part) => {
            const counts = summary.parts.find((p) => p.part === part.key);
            return (
              <PartNavItem
                key={part.key}
                part={part}
                compact={!open}
                selected={part.key === current}
                errorCount={counts?.errorCount ?? 0}
                warningCount={counts?.warningCount ?? 0}
                onSelect={onSelect}
              />
            );
          })}
        </ol>
        {open ? (
          <p className="part-nav__help">
            <kbd>{NAV_SHORTCUT_TEXT}</kbd> 从表格或正文回到此目录
          </p>
        ) : null}
      </nav>
    </div>
  );
}
