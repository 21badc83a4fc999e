import { useId, useState } from 'react';

interface AcknowledgeFormProps {
  readonly onSave: (note: string) => void;
  readonly onCancel: () => void;
}

/** Accepting a warning needs a reason: it travels with the report to the 主管部门. */
export function AcknowledgeForm({ onSave, onCancel }: AcknowledgeFormProps) {
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  return (
    <form
      className="ack-form"
      aria-label="确认此警告"
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim() === '') {
          setMissing(true);
          return;
        }
        onSave(note.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={id} className="ack-form__label">
        确认理由
      </label>
      <input
        id={id}
        className="input input--small"
        type="text"
        value={note}
        // The user asked for this form by pressing 确认无误; put the caret in it.
        autoFocus
        aria-invalid={missing}
        aria-describedby={missing ? `${id}-error` : undefined}
        placeholder="如：本年实际发生数，已核实"
        onChange={(e) => {
          setNote(e.currentTarget.value);
          if (missing) setMissing(false);
        }}
      />
      {missing ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true">✕ </span>请填写确认理由
        </p>
      ) : null}
      <div className="ack-form__actions">
        <button type="submit" className="button button--primary button--small">
          保存确认
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
