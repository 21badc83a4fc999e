import type { Format } from '../definition/types';
import { cellSpec, perFormat, type CellSpec } from './plan';

/** The rows of 2021 表二 第二十条第（一）项 whose 现行有效件数 is a running count. */
const IN_FORCE_ROWS = ['rules', 'normativeDocs'] as const;

export interface InForceCells {
  readonly inForce: CellSpec;
  readonly issued: CellSpec;
  readonly repealed: CellSpec;
  /** Column labels from the definition, for the messages. */
  readonly labels: { readonly inForce: string; readonly issued: string; readonly repealed: string };
}

/** 本年制发件数 / 本年废止件数 / 现行有效件数 of 规章 and 行政规范性文件 (2021 edition only). */
export const inForceCells = perFormat((format: Format): readonly InForceCells[] =>
  IN_FORCE_ROWS.map((row) => {
    const cell = (column: string) => cellSpec(format, 'proactive', row, column);
    const inForce = cell('inForce');
    const issued = cell('issued');
    const repealed = cell('repealed');
    const labels = {
      inForce: inForce.columnDef.label,
      issued: issued.columnDef.label,
      repealed: repealed.columnDef.label,
    };
    return { inForce, issued, repealed, labels };
  }),
);
