import type { Finding } from '../../report/checks/types';
import type { NavigationTarget } from '../state/navigation';
import { partKeyOf } from '../state/parts';

/**
 * Where a finding leads: a section's text for findings about a narrative section, else the
 * finding's first cell (the left side of its relation), else the part heading.
 */
export function targetOfFinding(f: Finding): NavigationTarget {
  const part = partKeyOf(f.part);
  switch (f.part) {
    case 'overview':
    case 'problems':
    case 'other':
      return { part, focus: { kind: 'section', key: f.part } };
    case 'proactive':
    case 'applications':
    case 'review':
    case 'disclosureStats':
    case 'meta': {
      const cell = f.cells[0];
      return { part, focus: cell === undefined ? { kind: 'heading' } : { kind: 'cell', id: cell } };
    }
  }
}
