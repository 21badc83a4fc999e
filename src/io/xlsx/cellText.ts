import type { CellKind } from '../../report/definition/types';
import type { GridSlot } from './sheetGrid';

/** What a printed table puts in a cell that has no number: a dash, a slash, 无. */
const NOTHING = /^(?:[-—–_－/／]+|无)$/u;
const NUMBER = /^([+-]?\d[\d,，]*(?:\.\d+)?)\s*(件|条|次|篇|个|项|万元|元)?$/u;

export type ParsedCell =
  | {
      readonly ok: true;
      readonly value: number | null;
      /** The unit a money value was converted from (元), when it was. */
      readonly converted?: string;
    }
  | { readonly ok: false };

/** A slot that holds a value or could (empty), as opposed to a label. */
export function looksLikeValue(slot: GridSlot): boolean {
  if (slot.number !== null || slot.text === '') return true;
  const text = slot.text.normalize('NFKC').trim();
  return NOTHING.test(text) || NUMBER.test(text);
}

/**
 * The value of a slot in contract units: counts as integers, money as a decimal number of
 * 万元 (a value printed with 元 is converted). Blank or a dash is null (blank is not zero).
 */
export function parseSlot(slot: GridSlot, kind: CellKind): ParsedCell {
  if (slot.number !== null) return { ok: true, value: slot.number };
  const text = slot.text.normalize('NFKC').trim();
  if (text === '' || NOTHING.test(text)) return { ok: true, value: null };
  const match = NUMBER.exec(text);
  if (match === null) return { ok: false };
  const value = Number((match[1] ?? '').replace(/[,，]/gu, ''));
  if (!Number.isFinite(value)) return { ok: false };
  if (kind === 'money' && match[2] === '元')
    return { ok: true, value: value / 10_000, converted: '元' };
  return { ok: true, value };
}
