import type { DraftSummary } from '../../storage/draftCatalog';

interface ReportSelectProps {
  readonly id: string;
  readonly reports: readonly DraftSummary[];
  readonly value: string;
  readonly onChange: (reportId: string) => void;
}

/** A choice of one report of the library, by title (上年报告 when starting or linking). */
export function ReportSelect({ id, reports, value, onChange }: ReportSelectProps) {
  return (
    <select
      id={id}
      className="input"
      value={value}
      onChange={(e) => {
        onChange(e.target.value);
      }}
    >
      {reports.map((r) => (
        <option key={r.id} value={r.id}>
          {r.title}
        </option>
      ))}
    </select>
  );
}
