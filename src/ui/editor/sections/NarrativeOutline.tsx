import { memo } from 'react';
import type { OutlineHeading } from './liveOutline';

interface NarrativeOutlineProps {
  readonly label: string;
  readonly entries: readonly OutlineHeading[];
  readonly onJump: (entry: OutlineHeading) => void;
}

/**
 * The headings found in the text, live; choosing one puts the caret on its line. Memoised:
 * typing in body text keeps the same entries, so the list is not rendered again.
 */
export const NarrativeOutline = memo(function NarrativeOutline({
  label,
  entries,
  onJump,
}: NarrativeOutlineProps) {
  return (
    <nav className="narrative-outline" aria-label={label}>
      <h3 className="narrative-outline__title">提纲</h3>
      {entries.length === 0 ? (
        <p className="narrative-outline__empty">尚无小标题。</p>
      ) : (
        <ol className="narrative-outline__list">
          {entries.map((entry) => (
            <li
              key={`${String(entry.line)}:${entry.text}`}
              className={`narrative-outline__l${entry.level}`}
            >
              <button
                type="button"
                className="narrative-outline__item"
                onClick={() => {
                  onJump(entry);
                }}
              >
                {entry.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
});
