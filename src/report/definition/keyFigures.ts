import type { CellRef, Format } from './types';

/**
 * Key figures of a report as the 主管部门 reads them when reviewing many units: each a role
 * with its label and the cells whose sum it is. Edition knowledge, so it lives with the
 * definition; the review table and cross-unit checks only ask for roles.
 */
export type KeyFigureRole = 'received' | 'handled' | 'reconsideration' | 'litigation';

export interface KeyFigureDef {
  readonly role: KeyFigureRole;
  /** Column heading in the review table. */
  readonly label: string;
  readonly cells: readonly CellRef[];
}

const cell = (table: CellRef['table'], row: string, column: string): CellRef => ({
  table,
  row,
  column,
});

/** Both editions share the rows these figures read (表三 and 表四 kept their ids in 2021). */
const SHARED: readonly KeyFigureDef[] = [
  { role: 'received', label: '新收申请', cells: [cell('applications', 'received', 'total')] },
  { role: 'handled', label: '办结', cells: [cell('applications', 'handledTotal', 'total')] },
  { role: 'reconsideration', label: '复议', cells: [cell('review', 'reconsideration', 'total')] },
  {
    role: 'litigation',
    label: '诉讼',
    cells: [
      cell('review', 'litigationDirect', 'total'),
      cell('review', 'litigationAfterReconsideration', 'total'),
    ],
  },
];

const BY_FORMAT: Readonly<Record<Format, readonly KeyFigureDef[]>> = {
  '2019': SHARED,
  '2021': SHARED,
};

export const KEY_FIGURE_ROLES: readonly KeyFigureRole[] = [
  'received',
  'handled',
  'reconsideration',
  'litigation',
];

export function keyFiguresOf(format: Format): readonly KeyFigureDef[] {
  return BY_FORMAT[format];
}

/** Labels by role (the same in both editions). */
export const KEY_FIGURE_LABELS: Readonly<Record<KeyFigureRole, string>> = Object.fromEntries(
  SHARED.map((k) => [k.role, k.label]),
) as Record<KeyFigureRole, string>;
