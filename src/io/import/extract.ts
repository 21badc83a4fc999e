import {
  defaultFormatForYear,
  definitionOf,
  SECTION_KEYS,
  TABLE_IDS,
} from '../../report/definition/editions';
import type { Format, SectionKey, TableDef, TableId } from '../../report/definition/types';
import type { SourceDocument, SourceLine } from './model';
import { labelKey } from './normalize';
import { importProblem } from './problemCodes';
import { recogniseEdition } from './recognize/edition';
import { findHeadings } from './recognize/headings';
import { headerUnits } from './recognize/headerUnits';
import { groupKeys } from './recognize/labels';
import { isTableRow, lineText } from './recognize/lineText';
import { paragraphs } from './recognize/paragraphs';
import { articleEnd, outline, type Region } from './recognize/regions';
import { notFoundCell } from './recognize/cellValue';
import { readReview } from './recognize/review';
import { totalMismatches } from './recognize/totals';
import { readTableRows, type TableReading } from './recognize/tableRows';
import { findTitle, isDateLine, isFurniture, publisherAgency, readDate } from './recognize/title';
import { tokenize } from './recognize/tokens';
import type { ExtractedReport, ImportProblem, LocatedCell, SourceKind } from './types';

/** Fewest rows of the optional statistics table that make it "found". */
const STATS_MIN_ROWS = 3;
/** Where to look for a title when part 一 is not found. */
const TITLE_SEARCH_LINES = 80;

function readTable(table: TableDef, lines: readonly SourceLine[], region: Region): TableReading {
  const tokens = tokenize(lines, region.from, region.to);
  if (table.id === 'review') return readReview(table, tokens);
  return readTableRows(table.id, table.rows, tokens, headerUnits(table, tokens), groupKeys(table));
}

function tableText(lines: readonly SourceLine[], regions: readonly (Region | undefined)[]): string {
  return regions
    .flatMap((r) => (r === undefined ? [] : lines.slice(r.from, r.to)))
    .map((l) => labelKey(lineText(l)))
    .join('|');
}

/** Narrative lines of a region, without the lines a table was read from. */
function narrativeLines(
  lines: readonly SourceLine[],
  region: Region,
  skip: readonly [number, number] | null,
): SourceLine[] {
  return lines
    .slice(region.from, region.to)
    .filter((_, i) => skip === null || i + region.from < skip[0] || i + region.from > skip[1]);
}

/** Drops a closing signature (agency name, date) from the last section; returns the date. */
function dropSignature(paras: string[], agency: string | null): string | null {
  let date: string | null = null;
  for (;;) {
    const last = paras[paras.length - 1];
    if (last === undefined) break;
    if (isDateLine(last)) {
      date ??= readDate(last);
      paras.pop();
      continue;
    }
    const short = last.length <= 30 && !/[，。；：,;:]/.test(last);
    const isAgency = agency !== null && (last.includes(agency) || agency.includes(last));
    if (
      short &&
      (isAgency ||
        (date !== null && /(政府|办公室|局|委员会|中心|厅|部|院|街道|镇|乡)$/.test(last)))
    ) {
      paras.pop();
      continue;
    }
    break;
  }
  return date;
}

interface EditionChoice {
  readonly format: Format;
  /** A table printed in another edition's layout, whose cells cannot be placed. */
  readonly otherEdition: { readonly table: TableId; readonly printed: Format } | null;
}

/**
 * The report's edition from its tables' labels. When 表二 and 表三 are printed in different
 * editions (a 2021 report keeping the 2019 表二), the report takes the edition of its year
 * (else 表三's, the larger table) and the other table is named, never read into columns
 * that mean something else.
 */
function editionOf(
  lines: readonly SourceLine[],
  regions: ReadonlyMap<TableId, Region>,
  year: number | null,
  problems: ImportProblem[],
): EditionChoice {
  const proactive = recogniseEdition(tableText(lines, [regions.get('proactive')]));
  const applications = recogniseEdition(tableText(lines, [regions.get('applications')]));
  if (proactive !== null && applications !== null && proactive !== applications) {
    const byYear = year === null ? null : defaultFormatForYear(year);
    const format = byYear === proactive ? proactive : applications;
    const table: TableId = format === proactive ? 'applications' : 'proactive';
    const printed = format === proactive ? applications : proactive;
    return { format, otherEdition: { table, printed } };
  }
  const recognised = recogniseEdition(
    tableText(lines, [regions.get('proactive'), regions.get('applications')]),
  );
  if (recognised !== null) return { format: recognised, otherEdition: null };
  const format = defaultFormatForYear(year ?? new Date().getFullYear());
  problems.push(importProblem('format.notRecognised', 'warning', { format, year: year ?? '' }));
  return { format, otherEdition: null };
}

/**
 * The year reported on, when the title gives none: the statistical period the preface states
 * (2023年1月1日至…; `source` null), else the year the preface names with 政府信息公开 (`现将
 * 2023年度政府信息公开工作情况报告如下`) or the overview opens with (`2023年，我局…`, `2019年我局政府信息公开工作…`), its text
 * kept as `source` so the message can quote it.
 */
function yearFromText(
  preface: string,
  overview: string,
): { year: number; source: string | null } | null {
  const period = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(`${preface}\n${overview}`);
  if (period?.[1] !== undefined) return { year: Number(period[1]), source: null };
  const named = /((?:19|20)\d{2})\s*年度?\s*(?:的)?(?:政府信息公开|政务公开)/.exec(preface);
  if (named?.[1] !== undefined) return { year: Number(named[1]), source: named[0] };
  const opening = /^((?:19|20)\d{2})\s*年度?[^，。,]{0,12}/.exec(overview.trim());
  if (opening?.[1] !== undefined) return { year: Number(opening[1]), source: opening[0] };
  return null;
}

/**
 * Recognises a report in a document's lines: title, agency, year, preface, the narrative
 * sections by their headings and the tables by their labels. Every input cell of every
 * table gets a status; what could not be read is a coded problem, never a guess.
 */
export function recogniseReport(doc: SourceDocument, sourceKind: SourceKind): ExtractedReport {
  const { lines } = doc;
  const problems: ImportProblem[] = [];
  const headings = findHeadings(lines, 0);
  const first = headings[0];
  const titleEnd = first?.line ?? Math.min(lines.length, TITLE_SEARCH_LINES);
  const title = findTitle(lines, titleEnd, doc.pageTitle);
  const last = headings[headings.length - 1];
  const end = articleEnd(lines, last?.next ?? 0);
  const parts = outline(headings, (title?.line ?? -1) + 1, end);

  const { format, otherEdition } = editionOf(lines, parts.tables, title?.year ?? null, problems);
  const def = definitionOf(format);
  const cells: LocatedCell[] = [];
  const tableLines = new Map<TableId, readonly [number, number] | null>();
  let hasDisclosureStats = false;
  for (const id of TABLE_IDS) {
    const table = def.tables[id];
    const region = parts.tables.get(id) ?? { from: 0, to: 0 };
    if (otherEdition?.table === id) {
      cells.push(
        ...table.rows.flatMap((row) =>
          row.columns.map((c) => notFoundCell(`${id}.${row.id}.${c.id}`)),
        ),
      );
      problems.push(
        importProblem(
          'table.otherEdition',
          'warning',
          { table: id, printed: otherEdition.printed, format },
          id,
        ),
      );
      continue;
    }
    let reading = readTable(table, lines, region);
    // A table found by its row labels can be looked for in the whole article when its part
    // was not where the headings put it (a sub-heading in 一 worded like a part heading).
    if (reading.rowsFound === 0 && (id === 'proactive' || id === 'applications')) {
      reading = readTable(table, lines, { from: (title?.line ?? -1) + 1, to: end });
    }
    tableLines.set(id, reading.lines);
    if (table.optional === true) {
      if (reading.rowsFound < STATS_MIN_ROWS) continue;
      hasDisclosureStats = true;
    } else if (reading.rowsFound === 0) {
      problems.push(importProblem('table.notFound', 'warning', { table: id }, id));
    }
    cells.push(...reading.cells);
    problems.push(...reading.problems);
  }
  problems.push(...totalMismatches(def, cells));

  const sections: Partial<Record<SectionKey, string>> = {};
  let signatureDate: string | null = null;
  for (const key of SECTION_KEYS) {
    const region = parts.sections.get(key);
    if (region === undefined) {
      problems.push(
        importProblem('section.notFound', 'warning', { section: key }, `sections.${key}`),
      );
      continue;
    }
    const skip =
      key === 'other' && hasDisclosureStats ? (tableLines.get('disclosureStats') ?? null) : null;
    const paras = paragraphs(narrativeLines(lines, region, skip), doc.wrapped).filter(
      (p) => !isFurniture(p),
    );
    if (key === 'other') signatureDate = dropSignature(paras, title?.agency ?? null);
    sections[key] = paras.join('\n');
  }

  const prefaceLines = lines
    .slice((title?.line ?? -1) + 1, first?.line ?? 0)
    .filter((l) => !isTableRow(l) && !isFurniture(lineText(l)) && !isDateLine(lineText(l)));
  const preface = paragraphs(prefaceLines, doc.wrapped).join('\n');
  const metaDate = lines
    .slice(0, first?.line ?? 0)
    .map(lineText)
    .find((t) => isFurniture(t) && readDate(t) !== null);

  let agency = title?.agency ?? null;
  if (agency === null) {
    agency = publisherAgency(lines, first?.line ?? Math.min(lines.length, TITLE_SEARCH_LINES));
    problems.push(
      agency === null
        ? importProblem('meta.agencyNotFound', 'warning')
        : importProblem('meta.agencyFromPage', 'warning', { agency }),
    );
  }
  let year = title?.year ?? null;
  if (year === null) {
    const found = yearFromText(preface, sections.overview ?? '');
    year = found?.year ?? null;
    problems.push(
      found === null
        ? importProblem('meta.yearNotFound', 'warning')
        : found.source === null
          ? importProblem('meta.yearFromPeriod', 'warning', { year: found.year })
          : importProblem('meta.yearFromText', 'warning', {
              year: found.year,
              source: found.source,
            }),
    );
  }
  return {
    sourceKind,
    format,
    agency,
    year,
    title: title?.title ?? null,
    preface: preface === '' ? null : preface,
    sections,
    publicationDate: signatureDate ?? (metaDate === undefined ? null : readDate(metaDate)),
    cells,
    hasDisclosureStats,
    problems,
  };
}
