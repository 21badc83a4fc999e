import type { LayoutCell } from './types';

/**
 * A tree of row labels, as printed in the label columns of 表三: a group cell spans its
 * leaves vertically; a leaf spans the remaining label columns horizontally.
 */
export type LabelNode =
  | { readonly leaf: string; readonly printLabel: string }
  | { readonly group: string; readonly children: readonly LabelNode[] };

function depthOf(node: LabelNode): number {
  return 'leaf' in node ? 1 : 1 + Math.max(...node.children.map(depthOf));
}

function leafCount(node: LabelNode): number {
  return 'leaf' in node ? 1 : node.children.reduce((n, c) => n + leafCount(c), 0);
}

/** The maximum depth of a forest of label nodes = the number of label columns. */
export function labelColumnCount(nodes: readonly LabelNode[]): number {
  return Math.max(...nodes.map(depthOf));
}

/**
 * Lays out a label forest: returns, for each leaf in order, its row id and the label cells
 * that start on that printed row (group cells appear on the row of their first leaf).
 */
export function layoutLabels(
  nodes: readonly LabelNode[],
  labelColumns: number,
): { readonly rowId: string; readonly cells: LayoutCell[] }[] {
  const out: { rowId: string; cells: LayoutCell[] }[] = [];
  const walk = (node: LabelNode, depth: number, pending: LayoutCell[]): void => {
    if ('leaf' in node) {
      const colSpan = labelColumns - depth;
      out.push({
        rowId: node.leaf,
        cells: [
          ...pending,
          {
            type: 'text',
            role: 'label',
            text: node.printLabel,
            ...(colSpan > 1 ? { colSpan } : {}),
          },
        ],
      });
      return;
    }
    const rows = leafCount(node);
    const groupCell: LayoutCell = {
      type: 'text',
      role: 'label',
      text: node.group,
      ...(rows > 1 ? { rowSpan: rows } : {}),
    };
    node.children.forEach((child, i) => {
      walk(child, depth + 1, i === 0 ? [...pending, groupCell] : []);
    });
  };
  for (const node of nodes) walk(node, 0, []);
  return out;
}

/** Value cells for every column of a row, in order. */
export function valueCells(rowId: string, columnIds: readonly string[]): LayoutCell[] {
  return columnIds.map((column) => ({ type: 'value', row: rowId, column }));
}
