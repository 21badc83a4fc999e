import { useId, type ReactNode } from 'react';

/** Attributes that tie a control to its label, hint and error. */
export interface FieldA11y {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean;
  readonly 'aria-required': boolean | undefined;
}

interface FieldShellProps {
  readonly field: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
  /** Spans both columns of the form grid. */
  readonly wide?: boolean;
  /** A control shown beside the label (e.g. 恢复默认标题). */
  readonly action?: ReactNode;
  readonly children: (a11y: FieldA11y) => ReactNode;
}

/** A labelled form field with its hint and error message, wired for assistive technology. */
export function FieldShell({
  field,
  label,
  hint,
  error,
  required,
  wide,
  action,
  children,
}: FieldShellProps) {
  const id = `${useId()}-${field}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error === undefined ? null : errorId, hint === undefined ? null : hintId]
    .filter((x) => x !== null)
    .join(' ');
  return (
    <div className={wide === true ? 'field field--wide' : 'field'}>
      <div className="field__top">
        <label htmlFor={id} className="field__label">
          {label}
          {required === true ? <span className="field__required">（必填）</span> : null}
        </label>
        {action}
      </div>
      {children({
        id,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        'aria-invalid': error !== undefined,
        'aria-required': required === true ? true : undefined,
      })}
      {error === undefined ? null : (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      )}
      {hint === undefined ? null : (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
