import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { definitionOf } from '../../../report/definition/editions';
import type { SectionKey } from '../../../report/definition/types';
import { insertOutline, sectionOutline } from '../../../report/narrative/outlines';
import { sectionTextId } from '../../state/navigation';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { useDocumentSelector, useReportStore } from '../../state/hooks';
import { NarrativeOutline } from './NarrativeOutline';
import { NarrativePreview } from './NarrativePreview';
import { offsetOfLine, outlineHeadings, updateOutline, type OutlineHeading } from './liveOutline';
import {
  commonPrefixLength,
  countCharacters,
  editedRegion,
  updateCharacterCount,
} from './narrativeText';
import { fitHeight, scrollToPosition } from './textareaGeometry';
import './sections.css';

/** A narrative section (一, 五, 六): long text with a live outline, preview and 字数. */
export function NarrativePart({ sectionKey }: { readonly sectionKey: SectionKey }) {
  const store = useReportStore();
  const text = useDocumentSelector((d) => d.sections[sectionKey]);
  const format = useDocumentSelector((d) => d.format);
  const heading = useDocumentSelector((d) => definitionOf(d.format).sections[sectionKey].heading);
  const [preview, setPreview] = useState(false);
  const [confirmOutline, setConfirmOutline] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  /** The caret, remembered while focus is on a button (插入提纲 inserts there). */
  const caret = useRef(text.length);
  /** The text as this textarea last produced it, to tell the user's edits from undo/redo. */
  const typed = useRef(text);
  const hintId = useId();
  // The outline and 字数 follow the text edit by edit (only the edited stretch is read again);
  // derived during render from the previous ones, React's pattern for state that follows a prop.
  const [derived, setDerived] = useState(() => ({
    outline: outlineHeadings(text),
    count: countCharacters(text),
  }));
  let { outline, count } = derived;
  if (outline.text !== text) {
    const region = editedRegion(outline.text, text);
    count = updateCharacterCount({ text: outline.text, count }, text, region).count;
    outline = updateOutline(outline, text, region);
    setDerived({ outline, count });
  }
  const textNow = useRef(text);
  useLayoutEffect(() => {
    textNow.current = text;
  }, [text]);

  // The textarea is uncontrolled: a controlled one has React read the whole text twice and
  // rewrite the textarea's default text (its text node) on every keystroke, which for a
  // 100,000-character section cost more than the keystroke itself. Its text is written here
  // on mount and when the text changes from outside (undo, redo, 插入提纲).
  const inTextarea = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = textarea.current;
    if (el === null || inTextarea.current === text) return;
    el.value = text;
    inTextarea.current = text;
  }, [text]);

  useLayoutEffect(() => {
    const el = textarea.current;
    if (el === null) return;
    fitHeight(el);
    if (text !== typed.current) {
      // Changed from outside (undo, redo, 插入提纲): put the caret where the change begins
      // instead of at the end, where the browser leaves it.
      const at = commonPrefixLength(typed.current, text);
      typed.current = text;
      if (document.activeElement === el) el.setSelectionRange(at, at);
    }
  }, [text, preview]);

  const setText = (next: string, label: string, coalesce?: string) => {
    store.update(
      (doc) =>
        doc.sections[sectionKey] === next
          ? doc
          : { ...doc, sections: { ...doc.sections, [sectionKey]: next } },
      // Typing (coalesced) runs the checks once it pauses or the text area is left, like the
      // grid: a keystroke changes the text, not the check results all over the page.
      coalesce === undefined
        ? { kind: 'edit', label }
        : { kind: 'edit', label, coalesce, checks: 'onPause' },
    );
  };

  const placeCaret = (position: number) => {
    const el = textarea.current;
    if (el === null) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(position, position);
    caret.current = position;
    scrollToPosition(el, position);
  };

  const insert = () => {
    // Text of only blank lines is replaced; otherwise the outline goes in at the caret.
    const empty = text.trim() === '';
    const at = empty ? 0 : Math.min(caret.current, text.length);
    const next = insertOutline(empty ? '' : text, at, format, sectionKey);
    typed.current = next.text;
    setText(next.text, '插入提纲');
    setPreview(false);
    // Caret on the empty line under the first inserted heading, ready to write.
    const firstHeadingEnd = next.text.indexOf('\n', at + 1);
    requestAnimationFrame(() => {
      placeCaret(firstHeadingEnd < 0 ? next.caret : firstHeadingEnd + 1);
    });
  };

  // Stable, so the outline does not re-render while the user types in body text.
  const jump = useCallback((entry: OutlineHeading) => {
    setPreview(false);
    requestAnimationFrame(() => {
      const current = textNow.current;
      const start = offsetOfLine(current, entry.line);
      const lineEnd = current.indexOf('\n', start);
      placeCaret(lineEnd === -1 ? current.length : lineEnd);
    });
  }, []);

  return (
    <div className="narrative">
      <div className="narrative__toolbar" role="group" aria-label={`${heading} 工具`}>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (text.trim() === '') insert();
            else setConfirmOutline(true);
          }}
        >
          插入提纲
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={preview}
          onClick={() => {
            setPreview((p) => !p);
          }}
        >
          预览
        </button>
        <span className="narrative__count" aria-live="off">
          字数 {count.toLocaleString('zh-CN')}
          <span className="narrative__count-note">（不计空白）</span>
        </span>
      </div>
      <p id={hintId} className="field__hint">
        每段一行。以“（一）”“1.”“（1）”开头的行是小标题，会列在提纲中。
      </p>
      <div className="narrative__body">
        <div className="narrative__text">
          {preview ? <NarrativePreview text={text} label={`${heading} 预览`} /> : null}
          <textarea
            ref={textarea}
            id={sectionTextId(sectionKey)}
            className="narrative__textarea reading"
            hidden={preview}
            aria-label={`${heading} 正文`}
            aria-describedby={hintId}
            spellCheck={false}
            data-store-undo
            onChange={(e) => {
              typed.current = e.currentTarget.value;
              inTextarea.current = e.currentTarget.value;
              caret.current = e.currentTarget.selectionStart;
              setText(e.currentTarget.value, `修改“${heading}”`, `section:${sectionKey}`);
            }}
            onSelect={(e) => {
              caret.current = e.currentTarget.selectionStart;
            }}
            onBlur={() => {
              store.flushChecks();
            }}
          />
        </div>
        <NarrativeOutline label={`${heading} 提纲`} entries={outline.headings} onJump={jump} />
      </div>
      <ConfirmDialog
        open={confirmOutline}
        title="在光标处插入提纲？"
        confirmLabel="插入提纲"
        onCancel={() => {
          setConfirmOutline(false);
        }}
        onConfirm={() => {
          setConfirmOutline(false);
          insert();
        }}
      >
        <p>以下小标题将插入到正文中光标所在的位置，原有文字保留不变：</p>
        <ul className="outline-sample">
          {sectionOutline(format, sectionKey).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </div>
  );
}
