import { useId, useState } from 'react';
import { derivedTitle } from '../../../report/document';
import type { ExistingReport, ImportDecision } from '../importFlow';

function titleOfExisting(r: ExistingReport): string {
  return r.title ?? derivedTitle(r.agency, r.year ?? 0);
}

type Mode = 'new' | 'replace' | 'lastYearOf';

/**
 * What to do with the reviewed report: create it, replace a stored report of the same agency
 * and year, or store it as last year's report of a later one. Nothing happens until 确认导入.
 */
export function ReviewChoice(props: {
  readonly year: number;
  readonly matches: readonly ExistingReport[];
  readonly candidates: readonly ExistingReport[];
  readonly busy: boolean;
  readonly onDecide: (decision: ImportDecision) => void;
  readonly onCancel: () => void;
}) {
  const id = useId();
  const { matches, candidates } = props;
  const [mode, setMode] = useState<Mode>('new');
  const [replaceId, setReplaceId] = useState(matches[0]?.id ?? '');
  const [nextId, setNextId] = useState(candidates[0]?.id ?? '');
  const decision = (): ImportDecision | null => {
    if (mode === 'new') return { kind: 'new' };
    if (mode === 'replace')
      return replaceId === '' ? null : { kind: 'replace', reportId: replaceId };
    return nextId === '' ? null : { kind: 'lastYearOf', reportId: nextId };
  };
  return (
    <form
      className="import-review__choice"
      onSubmit={(e) => {
        e.preventDefault();
        const chosen = decision();
        if (chosen !== null) props.onDecide(chosen);
      }}
    >
      <fieldset className="import-review__modes" disabled={props.busy}>
        <legend>导入为</legend>
        <label className="import-review__mode">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'new'}
            onChange={() => {
              setMode('new');
            }}
          />
          新报告（{props.year}年度）
        </label>
        {matches.length > 0 ? (
          <span className="import-review__mode">
            <label>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'replace'}
                onChange={() => {
                  setMode('replace');
                }}
              />
              替换现有报告（先保存修订快照）
            </label>
            <select
              className="input input--small"
              aria-label="要替换的报告"
              value={replaceId}
              disabled={mode !== 'replace'}
              onChange={(e) => {
                setReplaceId(e.target.value);
              }}
            >
              {matches.map((m) => (
                <option key={m.id} value={m.id}>
                  {titleOfExisting(m)}
                </option>
              ))}
            </select>
          </span>
        ) : null}
        <span className="import-review__mode">
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'lastYearOf'}
              disabled={candidates.length === 0}
              aria-describedby={candidates.length === 0 ? `${id}-none` : undefined}
              onChange={() => {
                setMode('lastYearOf');
              }}
            />
            已有报告的上年报告
          </label>
          {candidates.length === 0 ? (
            <span id={`${id}-none`} className="hint">
              （报告列表中没有 {props.year + 1} 年度或更晚的报告）
            </span>
          ) : (
            <select
              className="input input--small"
              aria-label="作为哪份报告的上年报告"
              value={nextId}
              disabled={mode !== 'lastYearOf'}
              onChange={(e) => {
                setNextId(e.target.value);
              }}
            >
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {titleOfExisting(c)}
                </option>
              ))}
            </select>
          )}
        </span>
      </fieldset>
      <p className="hint import-review__choice-hint">
        {mode === 'lastYearOf'
          ? '导入的报告存为一份新报告，并关联为所选报告的上年报告：打开所选报告时可参考上年文字，“上年结转”等与上年数字的衔接会自动核对。'
          : '确认后才保存；现在取消，不会有任何改动。'}
      </p>
      <div className="import-review__buttons">
        <button type="button" className="button" disabled={props.busy} onClick={props.onCancel}>
          取消
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={props.busy || decision() === null}
        >
          确认导入
        </button>
      </div>
    </form>
  );
}
