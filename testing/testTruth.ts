import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedReport } from '../src/io/import/types';

/** Test helper: a fixture's path and the true values (contract JSON) it holds. */
export function fixtureFile(name: string): string {
  return fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixtureFile(name)));
}

type Tables = Record<string, Record<string, Record<string, number | null>> | null | undefined>;

export interface TruthFile {
  readonly format: string;
  readonly agency: string;
  readonly year: number;
  readonly sections: Record<'overview' | 'problems' | 'other', string>;
  readonly tables: Tables;
}

export function readTruth(name: string): TruthFile {
  return JSON.parse(readFileSync(fixtureFile(name), 'utf8')) as TruthFile;
}

export interface CellComparison {
  readonly total: number;
  /** Cells whose value equals the true value and that were not left as not found. */
  readonly exact: number;
  /** Cells read with a value that differs from the truth: the importer must never do this. */
  readonly wrong: readonly string[];
  /** Cells flagged not found (blank, with a problem) where the truth has a value. */
  readonly flagged: readonly string[];
}

/** Compares every cell of the true tables with what was extracted. */
export function compareCells(extracted: ExtractedReport, truth: TruthFile): CellComparison {
  const byId = new Map(extracted.cells.map((c) => [c.cell, c]));
  let total = 0;
  let exact = 0;
  const wrong: string[] = [];
  const flagged: string[] = [];
  for (const [table, rows] of Object.entries(truth.tables)) {
    if (rows === null || rows === undefined) continue;
    for (const [row, columns] of Object.entries(rows)) {
      for (const [column, value] of Object.entries(columns)) {
        total += 1;
        const id = `${table}.${row}.${column}`;
        const got = byId.get(id);
        if (got === undefined || got.status === 'notFound') flagged.push(id);
        else if (got.value === value) exact += 1;
        else wrong.push(`${id}: ${String(got.value)} ≠ ${String(value)}`);
      }
    }
  }
  return { total, exact, wrong, flagged };
}
