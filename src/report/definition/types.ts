/**
 * The shape of a national edition's definition. Everything that renders, totals, checks or
 * restores a report is generic over these types, so a label or row is written exactly once.
 */

/** The national editions of the report layout (the `format` key of the file). */
export type Format = '2019' | '2021';
export const FORMATS: readonly Format[] = ['2019', '2021'];

/** The tables of a report, keyed as in the file contract (`tables.*`). */
export type TableId = 'proactive' | 'applications' | 'review' | 'disclosureStats';

/** The narrative sections, keyed as in the file contract (`sections.*`). */
export type SectionKey = 'overview' | 'problems' | 'other';

/**
 * How a cell's value is entered and validated.
 * - count: non-negative integer (件, 条, 次 …)
 * - signed: integer that may be negative (2019 本年增/减)
 * - money: non-negative decimal with at most 6 places; stored internally as integer millionths
 */
export type CellKind = 'count' | 'signed' | 'money';

export interface ColumnDef {
  readonly id: string;
  /** The column's label as printed in the header (verbatim from the national format). */
  readonly label: string;
  readonly kind: CellKind;
  /** True when the value is derived by a formula (e.g. 总计); never typed by the user. */
  readonly computed?: boolean;
}

export interface RowDef {
  readonly id: string;
  /**
   * The row's full label in the form's own words, used in messages and accessible names,
   * e.g. `（三）1.属于国家秘密` or `第二十条第（一）项 规章`.
   */
  readonly label: string;
  /** The label as printed in the table's label cell (may be shorter than `label`). */
  readonly printLabel: string;
  /** The columns this row has, in order (tables 三/四 share one list; table 二 varies). */
  readonly columns: readonly ColumnDef[];
  /** True when every cell of the row is derived (e.g. （七）总计). */
  readonly computed?: boolean;
  /** Unit shown beside the value (only the supplementary statistics table uses it). */
  readonly unit?: string;
}

/** One printed cell of a table layout: fixed text, or the place of a value cell. */
export type LayoutCell =
  | {
      readonly type: 'text';
      readonly text: string;
      readonly role: 'corner' | 'header' | 'caption' | 'label' | 'unit' | 'none';
      readonly colSpan?: number;
      readonly rowSpan?: number;
      /** Visual indent level of a label (statistics table). */
      readonly indent?: number;
    }
  | {
      readonly type: 'value';
      readonly row: string;
      readonly column: string;
      readonly colSpan?: number;
    };

/**
 * The table exactly as printed: header rows and body rows of cells with spans. The print
 * renderer and the on-screen grid both draw this, so the screen looks like the printed form.
 */
export interface TableLayout {
  /** Number of grid columns of the printed table. */
  readonly columnCount: number;
  /** Header rows, repeated on every printed page. */
  readonly header: readonly (readonly LayoutCell[])[];
  /** Body rows; a printed row is never split across pages. */
  readonly body: readonly (readonly LayoutCell[])[];
  /** Relative widths of the grid columns (sum need not be 100). */
  readonly columnWidths: readonly number[];
}

/** A derived cell: target = sum of terms. */
export interface Formula {
  readonly target: CellRef;
  readonly terms: readonly CellRef[];
}

export interface CellRef {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
}

export interface TableDef {
  readonly id: TableId;
  /** Section heading the table sits under, e.g. `二、主动公开政府信息情况`. */
  readonly title: string;
  /** Short name used in messages: `表二`, `表三`, `表四`, `公开及回应解读情况统计表`. */
  readonly shortName: string;
  readonly rows: readonly RowDef[];
  readonly formulas: readonly Formula[];
  readonly layout: TableLayout;
  /** Optional tables are absent until the user adds them. */
  readonly optional?: boolean;
}

export interface SectionDef {
  readonly key: SectionKey;
  /** Heading as printed, e.g. `一、总体情况`. */
  readonly heading: string;
  /** Short name used in navigation and messages, e.g. `一`. */
  readonly numeral: string;
}

/** The order of the printed report: narrative sections and tables interleaved. */
export type PartRef =
  | { readonly kind: 'section'; readonly key: SectionKey }
  | { readonly kind: 'table'; readonly id: TableId };

export interface EditionDefinition {
  readonly format: Format;
  /** The notice that issued the format, e.g. `国办公开办函〔2021〕30号`. */
  readonly notice: string;
  /** Years of reports this edition is meant for (inclusive; `to` undefined = open-ended). */
  readonly years: { readonly from: number; readonly to?: number };
  readonly sections: Readonly<Record<SectionKey, SectionDef>>;
  readonly tables: Readonly<Record<TableId, TableDef>>;
  /** Headings of the six parts in print order (一 … 六). */
  readonly parts: readonly {
    readonly heading: string;
    readonly numeral: string;
    readonly content: readonly PartRef[];
  }[];
}
