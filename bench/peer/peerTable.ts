import { readFileSync } from 'node:fs';
import { APPLICANT_COLUMNS } from '../../src/report/definition/applications';
import { definitionOf } from '../../src/report/definition/editions';

/**
 * The SurveyJS version of 表三 (2021 edition), built from Nianbao's own definition at build time
 * (Node side, in the peer's Vite config) so the peer bundle carries only SurveyJS and this JSON.
 *
 * Same shape as Nianbao's table: 6 input columns and a 总计 column computed per row by an
 * expression, 24 input rows, and a totals row per column (SurveyJS's footer, labelled （七）总计).
 * One difference, on SurveyJS's side of the scale: its footer sums every input row, whereas
 * Nianbao's （七）总计 sums the 21 disposition rows and sits above 四、结转下年度继续办理.
 */
export interface PeerTable {
  readonly json: Record<string, unknown>;
  readonly data: Record<string, unknown>;
}

export const PEER_MATRIX_NAME = 'applications';

export function peerTable(sampleReportPath: string): PeerTable {
  const table = definitionOf('2021').tables.applications;
  const inputColumns = APPLICANT_COLUMNS.filter((c) => c.computed !== true);
  const totalColumn = APPLICANT_COLUMNS.find((c) => c.computed === true);
  const rows = table.rows.filter((r) => r.computed !== true);
  const json = {
    // Totals follow each keystroke, as in Nianbao (SurveyJS's default updates on blur).
    textUpdateMode: 'onTyping',
    showNavigationButtons: false,
    showQuestionNumbers: 'off',
    elements: [
      {
        type: 'matrixdropdown',
        name: PEER_MATRIX_NAME,
        title: table.title,
        totalText: '（七）总计',
        columns: [
          ...inputColumns.map((c) => ({
            name: c.id,
            title: c.label,
            cellType: 'text',
            inputType: 'number',
            min: 0,
            totalType: 'sum',
          })),
          {
            name: totalColumn?.id ?? 'total',
            title: totalColumn?.label ?? '总计',
            cellType: 'expression',
            expression: `sum(${inputColumns.map((c) => `{row.${c.id}}`).join(', ')})`,
            totalType: 'sum',
          },
        ],
        rows: rows.map((r) => ({ value: r.id, text: r.label })),
      },
    ],
  };
  // The same numbers as the report Nianbao opens, so both tables start filled in.
  const sample = JSON.parse(readFileSync(sampleReportPath, 'utf8')) as {
    tables: { applications: Record<string, Record<string, number | null>> };
  };
  const values: Record<string, Record<string, number>> = {};
  for (const row of rows) {
    const cells: Record<string, number> = {};
    for (const c of inputColumns) {
      const v = sample.tables.applications[row.id]?.[c.id];
      if (typeof v === 'number') cells[c.id] = v;
    }
    values[row.id] = cells;
  }
  return { json, data: { [PEER_MATRIX_NAME]: values } };
}
