import { lazy, Suspense, useId, useState } from 'react';
import { defaultFormatForYear, EDITIONS } from '../../../report/definition/editions';
import { FORMATS, type Format } from '../../../report/definition/types';
import { useDocumentSelector, useReportStore } from '../../state/hooks';
import type { ReportStore } from '../../state/reportStore';

/** The confirmation (with the rows that differ) loads when a switch is asked for. */
const EditionSwitchDialog = lazy(() =>
  import('./EditionSwitchDialog').then((m) => ({ default: m.EditionSwitchDialog })),
);

/**
 * The year and edition the user chose to keep against the suggestion, per report, so that
 * coming back to 基本信息 does not suggest the switch again.
 */
const keptChoice = new WeakMap<ReportStore, string>();

function yearsText(format: Format): string {
  const { from, to } = EDITIONS[format].years;
  return to === undefined ? `${from} 年度起的报告` : `${from}—${to} 年度的报告`;
}

/**
 * 报告格式: the national edition. Choosing the other one asks for confirmation first; a year
 * that calls for the other edition suggests it (the user may keep the current one).
 */
export function EditionField() {
  const format = useDocumentSelector((d) => d.format);
  const year = useDocumentSelector((d) => d.year);
  const [target, setTarget] = useState<Format | null>(null);
  const store = useReportStore();
  const [kept, setKeptState] = useState<string | null>(() => keptChoice.get(store) ?? null);
  const setKept = (choice: string) => {
    keptChoice.set(store, choice);
    setKeptState(choice);
  };
  const hintId = useId();
  const suggested = defaultFormatForYear(year);
  const suggest = suggested !== format && kept !== `${year}:${format}`;
  return (
    <fieldset className="field field--wide edition-field" aria-describedby={hintId}>
      <legend className="field__label">报告格式</legend>
      <div className="edition-field__options">
        {FORMATS.map((f) => (
          <label key={f} className="edition-option">
            <input
              type="radio"
              name="edition"
              value={f}
              checked={format === f}
              onChange={() => {
                setTarget(f);
              }}
            />
            <span className="edition-option__text">
              <span className="edition-option__name">{f} 版</span>
              <span className="edition-option__notice">{EDITIONS[f].notice}</span>
              <span className="edition-option__years">适用于 {yearsText(f)}</span>
            </span>
          </label>
        ))}
      </div>
      <p id={hintId} className="field__hint">
        格式决定表二、表三的行和列。切换格式不会删除已填写的数据。
      </p>
      {suggest ? (
        <div className="notice notice--suggest" role="status">
          <p>
            {year} 年度的报告一般使用 {suggested} 版格式（{EDITIONS[suggested].notice}）。
          </p>
          <div className="notice__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setTarget(suggested);
              }}
            >
              改用 {suggested} 版
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setKept(`${year}:${format}`);
              }}
            >
              保持 {format} 版
            </button>
          </div>
        </div>
      ) : null}
      {target === null ? null : (
        <Suspense fallback={null}>
          <EditionSwitchDialog
            target={target}
            onClose={() => {
              setTarget(null);
            }}
            onSwitched={(f) => {
              // A deliberate choice: do not suggest the other edition again for this year.
              setKept(`${year}:${f}`);
            }}
          />
        </Suspense>
      )}
    </fieldset>
  );
}
