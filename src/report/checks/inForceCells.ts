import { definitionOf } from '../definition/editions';
import type { Format, InForceRoles } from '../definition/types';
import { cellSpec, perFormat, type CellSpec } from './plan';

export interface InForceCells {
  readonly inForce: CellSpec;
  readonly issued: CellSpec;
  readonly repealed: CellSpec;
}

/** 本年制发件数 / 本年废止件数 / 现行有效件数 of the rows the edition names for a check. */
export function inForceCells(
  format: Format,
  roles: InForceRoles | undefined,
): readonly InForceCells[] {
  return (roles?.rows ?? []).map((row) => {
    const cell = (column: string) => cellSpec(format, 'proactive', row, column);
    return {
      inForce: cell(roles?.inForce ?? ''),
      issued: cell(roles?.issued ?? ''),
      repealed: cell(roles?.repealed ?? ''),
    };
  });
}

/** The in-force cells as the edition names them for `previous.inForce`. */
export const previousInForceCells = perFormat((format) =>
  inForceCells(format, definitionOf(format).checks['previous.inForce']),
);

/** The in-force cells as the edition names them for `proactive.inForceBelowIssued`. */
export const belowIssuedCells = perFormat((format) =>
  inForceCells(format, definitionOf(format).checks['proactive.inForceBelowIssued']),
);
