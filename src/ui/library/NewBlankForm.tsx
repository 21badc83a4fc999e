import { useId, useState } from 'react';
import { createBlankDocument, likelyReportYear } from '../../report/blank';
import { defaultFormatForYear, EDITIONS } from '../../report/definition/editions';
import { FORMATS, type Format } from '../../report/definition/types';
import {
  AGENCY_LEVELS,
  YEAR_MAX,
  YEAR_MIN,
  type AgencyLevel,
  type RestoredDocument,
} from '../../report/document';
import { AGENCY_LEVEL_LABELS } from '../../report/agencyLevels';

interface NewBlankFormProps {
  readonly onCreate: (doc: RestoredDocument) => void;
  readonly busy: boolean;
}

/** 空白报告: agency, year and edition (following the year unless the user overrides it). */
export function NewBlankForm({ onCreate, busy }: NewBlankFormProps) {
  const id = useId();
  const [agency, setAgency] = useState('');
  const [yearText, setYearText] = useState(String(likelyReportYear(new Date())));
  const [level, setLevel] = useState<AgencyLevel | ''>('');
  const [format, setFormat] = useState<Format | 'auto'>('auto');
  const year = Number(yearText);
  const yearValid = Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
  return (
    <form
      className="new-report__form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!yearValid) return;
        onCreate(
          createBlankDocument({
            agency: agency.trim(),
            year,
            agencyLevel: level === '' ? null : level,
            ...(format === 'auto' ? {} : { format }),
          }),
        );
      }}
    >
      <label htmlFor={`${id}-agency`}>机关名称</label>
      <input
        id={`${id}-agency`}
        className="input"
        value={agency}
        placeholder="例如：宁波市镇海区新闻中心"
        onChange={(e) => {
          setAgency(e.target.value);
        }}
      />
      <label htmlFor={`${id}-year`}>报告年度</label>
      <input
        id={`${id}-year`}
        className="input"
        inputMode="numeric"
        value={yearText}
        aria-invalid={!yearValid}
        aria-describedby={`${id}-year-hint`}
        onChange={(e) => {
          setYearText(e.target.value.trim());
        }}
      />
      <p id={`${id}-year-hint`} className="hint">
        {yearValid
          ? `${String(year)}年1月1日至12月31日的工作。`
          : `请填写 ${String(YEAR_MIN)}—${String(YEAR_MAX)} 之间的年份。`}
      </p>
      <label htmlFor={`${id}-level`}>机关层级（可稍后填写）</label>
      <select
        id={`${id}-level`}
        className="input"
        value={level}
        onChange={(e) => {
          setLevel(
            e.target.value === '' ? '' : (AGENCY_LEVELS.find((l) => l === e.target.value) ?? ''),
          );
        }}
      >
        <option value="">未选择</option>
        {AGENCY_LEVELS.map((l) => (
          <option key={l} value={l}>
            {AGENCY_LEVEL_LABELS[l]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-format`}>报告格式</label>
      <select
        id={`${id}-format`}
        className="input"
        value={format}
        onChange={(e) => {
          setFormat(FORMATS.find((f) => f === e.target.value) ?? 'auto');
        }}
      >
        <option value="auto">
          按年度（{yearValid ? `${defaultFormatForYear(year)} 版` : '—'}）
        </option>
        {FORMATS.map((f) => (
          <option key={f} value={f}>
            {f} 版（{EDITIONS[f].notice}）
          </option>
        ))}
      </select>
      <div className="confirm-dialog__actions">
        <button type="submit" className="button button--primary" disabled={!yearValid || busy}>
          创建空白报告
        </button>
      </div>
    </form>
  );
}
