import { parseCellId, cellId } from '../../report/cells';
import type { PartKey } from '../state/parts';
import type { NavigationTarget } from '../state/navigation';

/**
 * Where the user was in a report — the part and the cell — kept for this tab (sessionStorage,
 * by the page's address, which names the report), so a reload returns there instead of to
 * 基本信息. Nothing of the report's contents is kept here.
 */

interface Place {
  readonly part: PartKey;
  readonly cell: string | null;
}

const PREFIX = 'nianbao:place:';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage can be disabled by policy; then there is simply no memory.
    return null;
  }
}

const keyOf = () => `${PREFIX}${window.location.pathname}${window.location.hash}`;

export function rememberPlace(place: Place): void {
  try {
    storage()?.setItem(keyOf(), JSON.stringify(place));
  } catch {
    // Quota or policy: forgetting the place is harmless.
  }
}

/** The remembered place, if it is one of `parts`. */
export function recallPlace(parts: readonly PartKey[]): NavigationTarget | null {
  const raw = storage()?.getItem(keyOf()) ?? null;
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { part, cell } = value as Record<string, unknown>;
  const known = parts.find((p) => p === part);
  if (known === undefined) return null;
  const ref = typeof cell === 'string' ? parseCellId(cell) : null;
  return {
    part: known,
    focus: ref === null ? { kind: 'heading' } : { kind: 'cell', id: cellId(ref) },
  };
}
