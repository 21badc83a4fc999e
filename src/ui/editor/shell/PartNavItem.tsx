import { memo } from 'react';
import { useDocumentSelector } from '../../state/hooks';
import {
  basicMissing,
  partFill,
  partState,
  PART_STATE_LABEL,
  type PartState,
} from './partProgress';
import type { EditorPart, PartKey } from '../../state/parts';

interface PartNavItemProps {
  readonly part: EditorPart;
  readonly selected: boolean;
  /** The collapsed list: the part's number (一、二 …) and its mark; the full name stays its name. */
  readonly compact: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly onSelect: (key: PartKey) => void;
}

/** A shape per state, so the state never rests on colour alone. */
const STATE_MARK: Readonly<Record<PartState, string>> = {
  empty: '○',
  partial: '◐',
  error: '✕',
  done: '✓',
};

/** 一、总体情况 → 一; 基本信息 (no number) → 基本. */
function shortName(heading: string): string {
  const cut = heading.indexOf('、');
  return cut > 0 ? heading.slice(0, cut) : heading.slice(0, 2);
}

export const PartNavItem = memo(function PartNavItem({
  part,
  selected,
  compact,
  errorCount,
  warningCount,
  onSelect,
}: PartNavItemProps) {
  // A string snapshot: the item re-renders only when the part's fill state changes.
  const fill = useDocumentSelector((doc) => partFill(doc, part));
  const state = partState(fill, errorCount);
  const missing = useDocumentSelector((doc) => (part.key === 'basic' ? basicMissing(doc) : ''));
  if (compact) {
    const counts = [
      errorCount > 0 ? `错误 ${String(errorCount)}` : '',
      warningCount > 0 ? `警告 ${String(warningCount)}` : '',
    ].filter((t) => t !== '');
    return (
      <li>
        <button
          type="button"
          className={`part-nav__item part-nav__item--compact part-nav__item--${state}`}
          data-part={part.key}
          aria-current={selected ? 'true' : undefined}
          aria-label={[part.heading, PART_STATE_LABEL[state], ...counts].join(' ')}
          title={part.heading}
          onClick={() => {
            onSelect(part.key);
          }}
        >
          <span aria-hidden="true">{shortName(part.heading)}</span>
          <span aria-hidden="true" className="part-nav__mark">
            {STATE_MARK[state]}
          </span>
        </button>
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        className={`part-nav__item part-nav__item--${state}`}
        data-part={part.key}
        aria-current={selected ? 'true' : undefined}
        onClick={() => {
          onSelect(part.key);
        }}
      >
        <span className="part-nav__heading">{part.heading}</span>
        <span className="part-nav__status">
          <span className="part-nav__state">
            <span aria-hidden="true" className="part-nav__mark">
              {STATE_MARK[state]}
            </span>
            {PART_STATE_LABEL[state]}
          </span>
          {errorCount > 0 ? <span className="count count--error">错误 {errorCount}</span> : null}
          {warningCount > 0 ? (
            <span className="count count--warning">警告 {warningCount}</span>
          ) : null}
        </span>
        {missing !== '' && state !== 'empty' ? (
          <span className="part-nav__missing">尚缺：{missing}</span>
        ) : null}
      </button>
    </li>
  );
});
