import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface SidePanelProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A panel over the right side of the editor (历史版本, 参考上年). The editor screen has no aside
 * slot, so the panel floats above its check list instead of taking a grid column.
 */
export function SidePanel({ title, onClose, children }: SidePanelProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that opened the panel, taken before the panel moves focus to its heading:
  // closing gives focus back to it, so a keyboard user continues where they were.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => {
    heading.current?.focus();
    return () => {
      if (opener?.isConnected === true) opener.focus();
    };
  }, [opener]);
  return (
    <aside
      className="side-panel"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="side-panel__header">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="side-panel__title">
          {title}
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          关闭
        </button>
      </div>
      <div className="side-panel__body">{children}</div>
    </aside>
  );
}
