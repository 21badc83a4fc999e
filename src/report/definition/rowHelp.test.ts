import { describe, expect, it } from 'vitest';
import { definitionOf } from './editions';
import { ROW_HELP } from './rowHelp';
import { FORMATS, type TableId } from './types';

describe('填报说明 (ROW_HELP)', () => {
  it('names only rows that exist in an edition, each once, with a short note', () => {
    for (const [table, notes] of Object.entries(ROW_HELP) as [
      TableId,
      { row: string; text: string }[],
    ][]) {
      const ids = new Set(
        FORMATS.flatMap((f) => definitionOf(f).tables[table].rows.map((r) => r.id)),
      );
      const rows = notes.map((n) => n.row);
      expect(new Set(rows).size).toBe(rows.length);
      for (const note of notes) {
        expect(ids, `${table}.${note.row}`).toContain(note.row);
        expect(note.text.length).toBeLessThan(160);
      }
    }
  });

  it('covers the rows the issue names: 部分公开, （六）其他处理 and the lawsuit after reconsideration', () => {
    const rows = Object.values(ROW_HELP).flatMap((notes) => notes.map((n) => n.row));
    expect(rows).toEqual(
      expect.arrayContaining([
        'partiallyDisclosed',
        'other',
        'otherOther',
        'litigationAfterReconsideration',
      ]),
    );
  });
});
