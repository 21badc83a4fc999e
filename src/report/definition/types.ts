/**
 * The shape of a national edition's definition. Everything that renders, totals, checks or
 * restores a report is generic over these types, so a label or row is written exactly once.
 */

/**
 * The national editions of the report layout (the `format` key of the file), derived from the
 * registry of edition modules (registry.ts); `FORMATS` lists them in order of their years.
 */
export type { Format } from './registry';
export { FORMATS } from './registry';

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
  /** A short form for sentences that name several rows (`本年新收`); defaults to `label`. */
  readonly shortLabel?: string;
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

/** A cell named by an edition's roles: row and column of a table. */
export interface RowColumn {
  readonly row: string;
  readonly column: string;
}

/**
 * The rows that play a part in 表三's arithmetic, named by the edition so that no check or
 * carry-over rule has to know a row id.
 */
export interface ApplicationsRoles {
  /** 一、本年新收. */
  readonly received: string;
  /** 二、上年结转 (= last year's carriedForward). */
  readonly carriedOver: string;
  /** The disposition rows （一）…（六） whose per-column sum is handledTotal, in order. */
  readonly dispositions: readonly string[];
  /** （七）总计. */
  readonly handledTotal: string;
  /** 四、结转下年度继续办理. */
  readonly carriedForward: string;
  /** The column that sums the applicant columns of a row (总计). */
  readonly totalColumn: string;
}

/** 表二 rows whose 现行有效件数 is a running count: inForce = last year's + issued − repealed. */
export interface InForceRoles {
  readonly rows: readonly string[];
  readonly inForce: string;
  readonly issued: string;
  readonly repealed: string;
}

/** 表二 rows whose 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减. */
export interface ItemCountRoles {
  readonly rows: readonly string[];
  readonly lastYearItems: string;
  readonly change: string;
}

/** The statistics table: 其中 rows and their parents, and the deduplicated count vs channels. */
export interface StatsRoles {
  readonly column: string;
  readonly subsets: readonly { readonly child: string; readonly parent: string }[];
  readonly items: string;
  readonly channels: readonly string[];
}

/**
 * One table quantity the narrative may state, with the phrasings that name it. A phrase that
 * names several rows (予以公开和部分公开) is a claim about their sum.
 */
export interface NarrativeQuantity {
  readonly id: string;
  readonly table: TableId;
  /** Rows whose `column` values add up to the quantity. */
  readonly rows: readonly string[];
  readonly column: string;
  /** How the message names the quantity, e.g. `表三“（一）予以公开”与“（二）部分公开”总计`. */
  readonly name: string;
  /**
   * Regular-expression sources of the phrase, each followed in the text by the number and
   * 件/起; longest first where one phrase is the tail of another.
   */
  readonly phrases: readonly string[];
  /** Rows whose value the narrative may add to the quantity (共收到申请 with 上年结转 included). */
  readonly optionalAddends?: readonly string[];
}

/**
 * Which checks of the catalogue apply to the edition, with the rows they read. A check whose key
 * is absent does not apply (e.g. `previous.lastYearItems` in an edition without 上一年项目数量).
 * Checks that need nothing from the edition (cell.invalid, section.empty, …) always apply.
 */
export interface EditionChecks {
  /** Every row: the total column = the other columns; `partsName` names their sum. */
  readonly 'applications.rowTotal'?: { readonly totalColumn: string; readonly partsName: string };
  /** Every column: the total row = the disposition rows; `partsName` names their sum. */
  readonly 'applications.handledTotal'?: {
    readonly row: string;
    readonly parts: readonly string[];
    readonly partsName: string;
  };
  readonly 'applications.balance'?: {
    readonly left: readonly string[];
    readonly right: readonly string[];
  };
  readonly 'review.total'?: { readonly totalColumn: string };
  readonly 'stats.subsetOfParent'?: StatsRoles;
  readonly 'stats.dedupedAtMostChannels'?: StatsRoles;
  /** This year's row = last year's row, per column (across editions too). */
  readonly 'previous.carriedOver'?: { readonly row: string; readonly previousRow: string };
  /** Only when last year's report is of the same edition. */
  readonly 'previous.inForce'?: InForceRoles;
  /** Only when last year's report is of the same edition. */
  readonly 'previous.lastYearItems'?: ItemCountRoles;
  readonly 'proactive.rulesAuthority'?: { readonly row: string };
  readonly 'proactive.inForceBelowIssued'?: InForceRoles;
  /** Section 六 must mention the phrase (信息处理费). */
  readonly 'section.feesNotStated'?: { readonly section: SectionKey; readonly phrase: string };
  readonly 'narrative.numberMismatch'?: {
    readonly section: SectionKey;
    readonly quantities: readonly NarrativeQuantity[];
  };
}

/** "Start from last year": what a new report of this edition takes over from last year's. */
export interface CarryOverMap {
  /** This year's row = last year's row, per input column (any edition of last year's report). */
  readonly rows: readonly {
    readonly table: TableId;
    readonly row: string;
    readonly previousRow: string;
  }[];
  /** Within the same edition only: this year's column = the sum of last year's columns. */
  readonly sums: readonly {
    readonly table: TableId;
    readonly rows: readonly string[];
    readonly column: string;
    readonly previousColumns: readonly string[];
  }[];
  /** Tables whose values mean something else in another edition: not carried across editions. */
  readonly editionBound: readonly TableId[];
  /** Said to the user when last year's report is of the same edition (what is left to them). */
  readonly sameEditionNotes: readonly string[];
}

export interface EditionDefinition {
  /** The edition's id, the file's `format` (a registered edition is a `Format`). */
  readonly format: string;
  /** The notice that issued the format, e.g. `国办公开办函〔2021〕30号`. */
  readonly notice: string;
  /** Years of reports this edition is meant for (inclusive; `to` undefined = open-ended). */
  readonly years: { readonly from: number; readonly to?: number };
  /** The name of the text between the title and 一 (the one name used everywhere). */
  readonly prefaceName: string;
  readonly sections: Readonly<Record<SectionKey, SectionDef>>;
  readonly tables: Readonly<Record<TableId, TableDef>>;
  /** Headings of the six parts in print order (一 … 六). */
  readonly parts: readonly {
    readonly heading: string;
    readonly numeral: string;
    readonly content: readonly PartRef[];
  }[];
  /** The rows of 表三 that the arithmetic and the carry-over name. */
  readonly applicationsRoles: ApplicationsRoles;
  readonly checks: EditionChecks;
  readonly carryOver: CarryOverMap;
  /** A short line under each table heading in the editor (guidance, not format text). */
  readonly tableNotes: Readonly<Partial<Record<TableId, string>>>;
  /** Starter outlines of the narrative sections (插入提纲), one level-2 heading per line. */
  readonly outlines: Readonly<Record<SectionKey, readonly string[]>>;
}
