import { CURRENT_FILE_VERSION } from './fileShape';
import { defineOwn, type SafeObject, type SafeValue } from './safeCopy';

/**
 * One step of the file format: turns a version `from` file into a version `from + 1` file.
 * Steps work on the raw file (before any field is read), so a later step may rename or move
 * keys freely. A deprecated field says in a comment which step removes it.
 */
export interface MigrationStep {
  readonly from: number;
  readonly migrate: (file: SafeObject) => SafeObject;
}

/**
 * The steps, in order: MIGRATIONS[0] upgrades version 1 to 2, and so on. Empty because
 * version 1 is the first file format.
 */
export const MIGRATIONS: readonly MigrationStep[] = [];

export type MigrationResult =
  | { readonly ok: true; readonly file: SafeObject; readonly applied: readonly number[] }
  | { readonly ok: false; readonly from: number; readonly to: number };

function withVersion(file: SafeObject, version: number): SafeObject {
  const out: Record<string, SafeValue> = {};
  for (const [key, value] of Object.entries(file)) defineOwn(out, key, value);
  defineOwn(out, 'version', version);
  return out;
}

/**
 * Applies the steps from `version` up to `target`, one at a time and in order, stamping the
 * new version after each. Fails (never throws) when a step is missing or throws, naming the
 * step that could not be made.
 */
export function applyMigrations(
  file: SafeObject,
  version: number,
  steps: readonly MigrationStep[] = MIGRATIONS,
  target: number = CURRENT_FILE_VERSION,
): MigrationResult {
  let current = file;
  const applied: number[] = [];
  for (let from = version; from < target; from += 1) {
    const step = steps.find((s) => s.from === from);
    if (step === undefined) return { ok: false, from, to: from + 1 };
    try {
      current = withVersion(step.migrate(current), from + 1);
    } catch {
      return { ok: false, from, to: from + 1 };
    }
    applied.push(from);
  }
  return { ok: true, file: current, applied };
}
