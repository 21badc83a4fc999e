import { MONEY_UNITS } from '../../../report/definition/importVocabulary';
import type { TableDef } from '../../../report/definition/types';
import { labelKey } from '../normalize';
import type { HeaderUnit } from './cellValue';
import type { Token } from './tokens';

/** A money column's label without a printed unit: `本年收费金额（单位：万元）` → `本年收费金额`. */
const labelBase = (label: string): string => labelKey(label).replace(/\(.*$/, '');

/**
 * The money unit each money column's header prints (`（单位：万元）`, `（元）`), looked up in
 * the header text as found — possibly wrapped onto the next token — not in the definition,
 * because some reports print 元 where the form says 万元.
 */
export function headerUnits(table: TableDef, tokens: readonly Token[]): Map<string, HeaderUnit> {
  const units = new Map<string, HeaderUnit>();
  const money = table.rows.flatMap((r) => r.columns).filter((c) => c.kind === 'money');
  for (const column of money) {
    const base = labelBase(column.label);
    const index = tokens.findIndex((t) => t.kind === 'text' && t.key.includes(base));
    if (index < 0) continue;
    const here = tokens[index];
    const after = tokens[index + 1];
    let text = here?.kind === 'text' ? here.key.slice(here.key.indexOf(base) + base.length) : '';
    if (after?.kind === 'text' && after.key.startsWith('(')) text += after.key;
    const unit = MONEY_UNITS.find((m) => text.includes(m.unit))?.unit ?? null;
    units.set(column.id, unit);
  }
  return units;
}
