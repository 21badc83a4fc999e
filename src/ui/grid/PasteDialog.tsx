import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { describeValue, PASTE_TEXT, pasteProblemMessage, TEXT } from './gridText';
import type { NoneMarkReading, PastePlan, PasteReady } from './pastePlan';

/** Long lists are cut here; the count is always given in full. */
const LIST_LIMIT = 8;

/** The cells that got “-”, “—”, “/”, “无” …, and the choice of reading them as 0 or blank. */
function NoneMarks({
  plan,
  onNoneAsChange,
}: {
  readonly plan: PasteReady;
  readonly onNoneAsChange: (noneAs: NoneMarkReading) => void;
}) {
  const name = useId();
  const marks = plan.noneMarks;
  const options: readonly (readonly [NoneMarkReading, string])[] = [
    ['blank', PASTE_TEXT.noneAsBlank],
    ['zero', PASTE_TEXT.noneAsZero],
  ];
  return (
    <div className="grid-dialog__none">
      <p className="grid-dialog__warn">{PASTE_TEXT.noneIntro(marks.length)}</p>
      <ul className="grid-dialog__list" aria-label={PASTE_TEXT.noneListLabel}>
        {marks.slice(0, LIST_LIMIT).map((m) => (
          <li key={m.id}>{PASTE_TEXT.noneItem(m.cell, m.token)}</li>
        ))}
        {marks.length > LIST_LIMIT && <li>{PASTE_TEXT.moreCells(marks.length)}</li>}
      </ul>
      <fieldset className="grid-dialog__choice">
        <legend>{PASTE_TEXT.noneLegend}</legend>
        {options.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={plan.noneAs === value}
              onChange={() => {
                onNoneAsChange(value);
              }}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

function ReadyBody({
  plan,
  onNoneAsChange,
}: {
  readonly plan: PasteReady;
  readonly onNoneAsChange: (noneAs: NoneMarkReading) => void;
}) {
  const over = plan.overwritten;
  return (
    <>
      <p>
        {PASTE_TEXT.range(
          plan.lines,
          plan.width,
          plan.first.label,
          plan.last.label,
          plan.entries.length,
        )}
      </p>
      {plan.noneMarks.length > 0 && <NoneMarks plan={plan} onNoneAsChange={onNoneAsChange} />}
      {over.length === 0 ? (
        <p>{PASTE_TEXT.noOverwrite}</p>
      ) : (
        <>
          <p className="grid-dialog__warn">{PASTE_TEXT.overwriteIntro(over.length)}</p>
          <ul className="grid-dialog__list">
            {over.slice(0, LIST_LIMIT).map((o) => (
              <li key={o.id}>
                {PASTE_TEXT.overwriteItem(
                  o.cell,
                  describeValue(o.before, o.slot.kind),
                  describeValue(o.after, o.slot.kind),
                )}
              </li>
            ))}
            {over.length > LIST_LIMIT && <li>{PASTE_TEXT.moreCells(over.length)}</li>}
          </ul>
        </>
      )}
      {plan.mismatches.length > 0 && (
        <>
          <p className="grid-dialog__warn">{PASTE_TEXT.mismatchIntro}</p>
          <ul className="grid-dialog__list">
            {plan.mismatches.map((m) => (
              <li key={m.slot.id}>
                {PASTE_TEXT.mismatchItem(
                  m.cell,
                  describeValue(m.pasted, m.slot.kind),
                  describeValue(m.computed, m.slot.kind),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {(plan.mismatches.length > 0 || plan.skippedTotals > 0) && (
        <p className="grid-dialog__note">{TEXT.computedNote}</p>
      )}
    </>
  );
}

/**
 * Preview of a block paste. Nothing is written until 确定粘贴; a paste that does not fit
 * explains why and offers only 关闭.
 */
export function PasteDialog({
  plan,
  onConfirm,
  onCancel,
  onNoneAsChange,
}: {
  readonly plan: PastePlan;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Re-plans the paste with none-marks read as 0 or blank. */
  readonly onNoneAsChange: (noneAs: NoneMarkReading) => void;
}) {
  const titleId = useId();
  const bodyId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const primary = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    primary.current?.focus();
  }, []);

  // Modal: Escape cancels, Tab stays among the dialog's buttons.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const buttons = Array.from(dialog.current?.querySelectorAll('button') ?? []);
    const first = buttons[0];
    const last = buttons.at(-1);
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="grid-dialog__backdrop">
      <div
        ref={dialog}
        className="grid-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="grid-dialog__title">
          {plan.ok ? TEXT.pasteTitle : TEXT.pasteRefusedTitle}
        </h2>
        <div id={bodyId} className="grid-dialog__body">
          {plan.ok ? (
            <ReadyBody plan={plan} onNoneAsChange={onNoneAsChange} />
          ) : (
            <>
              <ul className="grid-dialog__list grid-dialog__list--problems">
                {plan.problems.slice(0, LIST_LIMIT).map((p, i) => (
                  <li key={i}>{pasteProblemMessage(p)}</li>
                ))}
                {plan.problems.length > LIST_LIMIT && (
                  <li>{PASTE_TEXT.moreProblems(plan.problems.length)}</li>
                )}
              </ul>
              <p>{TEXT.pasteRefusedNote}</p>
            </>
          )}
        </div>
        <div className="grid-dialog__actions">
          {plan.ok ? (
            <>
              <button
                ref={primary}
                type="button"
                className="grid__button grid__button--primary"
                onClick={onConfirm}
              >
                {TEXT.pasteConfirm}
              </button>
              <button type="button" className="grid__button" onClick={onCancel}>
                {TEXT.pasteCancel}
              </button>
            </>
          ) : (
            <button ref={primary} type="button" className="grid__button" onClick={onCancel}>
              {TEXT.pasteClose}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
