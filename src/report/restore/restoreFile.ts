import { asRestored, type RestoredDocument, derivedTitle } from '../document';
import type { MigrationStep } from './migrations';
import { applyMigrations } from './migrations';
import { makeProblem, type Problem } from './problems';
import { readFileVersion, readIdentity } from './restoreEnvelope';
import {
  readAcknowledged,
  readAgencyLevel,
  readExtra,
  readPreface,
  readPublicationDate,
  readSections,
  readTitle,
} from './restoreFields';
import { restoreTables } from './restoreTables';
import { isSafeObject, own, safeCopy } from './safeCopy';

export interface RestoreResult {
  /** The restored report, or null when the whole file is refused (see the error problem). */
  readonly document: RestoredDocument | null;
  /** Every isolated issue, in file order: errors (refusal), warnings (dropped/blanked), notices. */
  readonly problems: readonly Problem[];
}

const refused = (problems: readonly Problem[]): RestoreResult => ({
  document: null,
  problems: problems.filter((p) => p.severity === 'error'),
});

/**
 * The door, with its migration steps and supported version as parameters so the mechanism can
 * be tested with a test-only step list. Production code calls `restore` (restore.ts).
 */
export function restoreFile(
  input: unknown,
  migrations: readonly MigrationStep[],
  supportedVersion: number,
): RestoreResult {
  const copied = safeCopy(input);
  if (!isSafeObject(copied)) return refused([makeProblem('file.notObject', 'error', [])]);
  const identified = readFileVersion(copied, supportedVersion);
  if (!identified.ok) return refused([identified.problem]);
  const migrated = applyMigrations(copied, identified.version, migrations, supportedVersion);
  if (!migrated.ok) {
    return refused([
      makeProblem('file.migrationFailed', 'error', ['version'], {
        from: migrated.from,
        to: migrated.to,
      }),
    ]);
  }
  const file = migrated.file;
  const problems: Problem[] = [];
  const identity = readIdentity(file, problems);
  if (identity === null) return refused(problems);
  const { format, agency, year } = identity;
  const agencyLevel = readAgencyLevel(own(file, 'agencyLevel'), problems);
  // A stored title equal to the derived one means "use the default", so that it keeps following
  // the agency name and year after a round trip through a file.
  const storedTitle = readTitle(own(file, 'title'), problems);
  const title = storedTitle === derivedTitle(agency, year) ? null : storedTitle;
  const preface = readPreface(own(file, 'preface'), problems);
  const sections = readSections(own(file, 'sections'), problems);
  const tables = restoreTables(own(file, 'tables'), format, problems);
  const acknowledged = readAcknowledged(own(file, 'acknowledged'), problems);
  const publicationDate = readPublicationDate(own(file, 'publicationDate'), problems);
  const extra = readExtra(file, problems);
  const document = asRestored({
    format,
    agency,
    agencyLevel,
    year,
    title,
    preface,
    sections,
    tables,
    acknowledged,
    publicationDate,
    extra,
  });
  return { document, problems };
}
