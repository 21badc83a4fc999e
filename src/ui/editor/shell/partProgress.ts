import { definitionOf } from '../../../report/definition/editions';
import type { TableId } from '../../../report/definition/types';
import type { ReportDocument } from '../../../report/document';
import { hasSubstance } from '../../../report/narrative/substance';
import { isComputed } from '../../../report/totals';
import { FIELD_LABEL, type BasicInfoField } from '../sections/basicInfoSchema';
import type { EditorPart } from '../../state/parts';

/** How much of a part the user has filled in. */
export type PartFill = 'empty' | 'partial' | 'full';

/** What the navigation shows for a part; `error` wins over how far it is filled in. */
export type PartState = 'empty' | 'partial' | 'error' | 'done';

export const PART_STATE_LABEL: Readonly<Record<PartState, string>> = {
  empty: '未填写',
  partial: '填写中',
  error: '有错误',
  done: '已完成',
};

interface Tally {
  filled: number;
  total: number;
}

function tallyTable(doc: ReportDocument, table: TableId, tally: Tally): void {
  const values = doc.tables[table];
  if (values === null) return;
  for (const row of definitionOf(doc.format).tables[table].rows) {
    for (const column of row.columns) {
      if (isComputed(doc.format, { table, row: row.id, column: column.id })) continue;
      tally.total += 1;
      if ((values[row.id]?.[column.id] ?? null) !== null) tally.filled += 1;
    }
  }
}

const filledText = (text: string | null) => text !== null && text.trim() !== '';

/** The 基本信息 fields progress counts, in form order, with whether each is filled in. */
function basicFields(doc: ReportDocument): readonly (readonly [BasicInfoField, boolean])[] {
  return [
    ['agency', filledText(doc.agency)],
    ['agencyLevel', doc.agencyLevel !== null],
    ['preface', filledText(doc.preface)],
    ['publicationDate', doc.publicationDate !== null],
  ];
}

/**
 * What 基本信息 still lacks, e.g. `机关层级、发布日期` ('' when nothing): the navigation says it
 * instead of a bare 填写中. A string, so a component can subscribe to it.
 */
export function basicMissing(doc: ReportDocument): string {
  return basicFields(doc)
    .filter(([, filled]) => !filled)
    .map(([field]) => FIELD_LABEL[field])
    .join('、');
}

/**
 * How far a part is filled in: every input cell of its tables and its text. 基本信息 counts
 * 机关名称, 机关层级, 引言 and 发布日期 (报告年度 always has a value; the title may stay derived).
 * Returns a string so a component can subscribe to it and re-render only when it changes.
 */
export function partFill(doc: ReportDocument, part: EditorPart): PartFill {
  const tally: Tally = { filled: 0, total: 0 };
  const count = (filled: boolean) => {
    tally.total += 1;
    if (filled) tally.filled += 1;
  };
  if (part.key === 'basic') for (const [, filled] of basicFields(doc)) count(filled);
  for (const content of part.content) {
    // The starter outline or a placeholder (（见原文）) alone is not a written section.
    if (content.kind === 'section')
      count(hasSubstance(doc.sections[content.key], doc.format, content.key));
    else tallyTable(doc, content.id, tally);
  }
  if (tally.filled === 0) return 'empty';
  return tally.filled === tally.total ? 'full' : 'partial';
}

export function partState(fill: PartFill, errorCount: number): PartState {
  if (errorCount > 0) return 'error';
  switch (fill) {
    case 'empty':
      return 'empty';
    case 'partial':
      return 'partial';
    case 'full':
      return 'done';
  }
}
