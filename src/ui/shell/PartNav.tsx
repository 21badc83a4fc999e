import { useMemo, type KeyboardEvent } from 'react';
import { groupFindings } from '../checks/groupFindings';
import { useDocumentSelector, useFindings } from '../state/hooks';
import { PartNavItem } from './PartNavItem';
import type { EditorPart, PartKey } from './parts';

interface PartNavProps {
  readonly parts: readonly EditorPart[];
  readonly current: PartKey;
  readonly onSelect: (key: PartKey) => void;
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
export function PartNav({ parts, current, onSelect }: PartNavProps) {
  const findings = useFindings();
  const acknowledged = useDocumentSelector((d) => d.acknowledged);
  const summary = useMemo(
    () => groupFindings(findings, { acknowledged }, parts),
    [findings, acknowledged, parts],
  );
  return (
    <nav className="part-nav" aria-label="报告各部分">
      <ol className="part-nav__list" onKeyDown={moveFocus}>
        {parts.map((part) => {
          const counts = summary.parts.find((p) => p.part === part.key);
          return (
            <PartNavItem
              key={part.key}
              part={part}
              selected={part.key === current}
              errorCount={counts?.errorCount ?? 0}
              warningCount={counts?.warningCount ?? 0}
              onSelect={onSelect}
            />
          );
        })}
      </ol>
    </nav>
  );
}
