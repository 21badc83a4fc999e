import { definitionOf, SECTION_KEYS } from '../definition/editions';
import { KEY_FIGURE_ROLES, type KeyFigureRole } from '../definition/keyFigures';
import type { Format, SectionKey } from '../definition/types';
import type { ContinuityBreak } from './continuity';
import { bandKeys, similarity, type SectionSignatures } from './fingerprint';
import { agencyKey, type UnitSummary } from './unitSummary';

/** Texts at least this similar (estimated Jaccard of their shingles) are 内容雷同. */
export const SIMILAR = 0.8;
/** Key figures need this many units before "far outside the group" means anything. */
const MIN_GROUP = 8;
/** A bucket of more candidates than this is compared against its first member only. */
const BUCKET_PAIRS_LIMIT = 64;

export type CrossUnitFinding =
  | {
      readonly code: 'duplicateAgency';
      readonly agency: string;
      readonly year: number;
      readonly files: readonly string[];
      readonly winner: string;
    }
  | {
      readonly code: 'yearDiffers';
      readonly files: readonly string[];
      readonly file: string;
      readonly agency: string;
      readonly year: number;
      readonly expected: number;
    }
  | {
      readonly code: 'formatDiffers';
      readonly files: readonly string[];
      readonly file: string;
      readonly agency: string;
      readonly format: Format;
      readonly expected: Format;
    }
  | {
      readonly code: 'similarText';
      readonly files: readonly string[];
      readonly section: string;
      readonly sectionKey: SectionKey;
      readonly agency: readonly string[];
      readonly years: readonly number[];
      /** Every unit is the same agency (another year): copied from last year. */
      readonly sameAgency: boolean;
      readonly similarity: number;
    }
  | ContinuityBreak
  | {
      readonly code: 'outlier';
      readonly files: readonly string[];
      readonly agency: string;
      readonly role: KeyFigureRole;
      readonly value: number;
      readonly median: number;
      readonly bound: number;
    };

export interface UnitEntry {
  readonly summary: UnitSummary;
  readonly signatures: SectionSignatures;
}

export interface CrossUnitResult {
  readonly findings: readonly CrossUnitFinding[];
  /** Files that lost to another copy of the same agency and year (left out of consolidation). */
  readonly superseded: ReadonlySet<string>;
  /** The year most units are about (the group's year), or null for no units. */
  readonly mainYear: number | null;
}

function mode<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Same agency twice for one year: the copy exported last wins (input order breaks ties). */
function duplicates(units: readonly UnitSummary[]) {
  const groups = new Map<string, UnitSummary[]>();
  for (const u of units) {
    const key = `${agencyKey(u.agency)}|${String(u.year)}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const findings: CrossUnitFinding[] = [];
  const superseded = new Set<string>();
  for (const group of groups.values()) {
    const [head, ...rest] = group;
    if (head === undefined || rest.length === 0) continue;
    let winner = head;
    for (const u of rest) if ((u.exportedAt ?? '') >= (winner.exportedAt ?? '')) winner = u;
    for (const u of group) if (u !== winner) superseded.add(u.file);
    findings.push({
      code: 'duplicateAgency',
      agency: winner.agency,
      year: winner.year,
      files: group.map((u) => u.file),
      winner: winner.file,
    });
  }
  return { findings, superseded };
}

function differing(units: readonly UnitSummary[], mainYear: number): CrossUnitFinding[] {
  const findings: CrossUnitFinding[] = [];
  const agenciesOfMainYear = new Set(
    units.filter((u) => u.year === mainYear).map((u) => agencyKey(u.agency)),
  );
  for (const u of units) {
    // Another year of an agency that is also here for the main year is a comparison file.
    if (u.year !== mainYear && !agenciesOfMainYear.has(agencyKey(u.agency))) {
      findings.push({
        code: 'yearDiffers',
        files: [u.file],
        file: u.file,
        agency: u.agency,
        year: u.year,
        expected: mainYear,
      });
    }
  }
  const ofYear = units.filter((u) => u.year === mainYear);
  const mainFormat = mode(ofYear.map((u) => u.format));
  if (mainFormat === null) return findings;
  for (const u of ofYear) {
    if (u.format !== mainFormat) {
      findings.push({
        code: 'formatDiffers',
        files: [u.file],
        file: u.file,
        agency: u.agency,
        format: u.format,
        expected: mainFormat,
      });
    }
  }
  return findings;
}

/** Union-find over unit indices, for grouping texts that are alike into one finding. */
function groupsOf(n: number, links: readonly [number, number, number][]) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (const [a, b] of links) parent[find(a)] = find(b);
  const groups = new Map<number, { members: Set<number>; min: number }>();
  for (const [a, b, s] of links) {
    const root = find(a);
    const g = groups.get(root) ?? { members: new Set<number>(), min: 1 };
    g.members.add(a).add(b);
    g.min = Math.min(g.min, s);
    groups.set(root, g);
  }
  return [...groups.values()];
}

function similarTexts(entries: readonly UnitEntry[], sectionKey: SectionKey): CrossUnitFinding[] {
  const buckets = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const sig = e.signatures[sectionKey];
    if (sig === undefined) return;
    for (const key of bandKeys(sig)) buckets.set(key, [...(buckets.get(key) ?? []), i]);
  });
  const seen = new Set<string>();
  const links: [number, number, number][] = [];
  const compare = (a: number, b: number) => {
    const key = a < b ? `${String(a)}-${String(b)}` : `${String(b)}-${String(a)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const sa = entries[a]?.signatures[sectionKey];
    const sb = entries[b]?.signatures[sectionKey];
    if (sa === undefined || sb === undefined) return;
    const s = similarity(sa, sb);
    if (s >= SIMILAR) links.push([a, b, s]);
  };
  for (const members of buckets.values()) {
    if (members.length < 2) continue;
    if (members.length > BUCKET_PAIRS_LIMIT) {
      const [head = 0, ...rest] = members;
      for (const m of rest) compare(head, m);
      continue;
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) compare(members[i] ?? 0, members[j] ?? 0);
    }
  }
  return groupsOf(entries.length, links).flatMap(({ members, min }): CrossUnitFinding[] => {
    const units = [...members]
      .sort((a, b) => a - b)
      .flatMap((i) => (entries[i] === undefined ? [] : [entries[i].summary]));
    const first = units[0];
    if (first === undefined) return [];
    const sameAgency = units.every((u) => agencyKey(u.agency) === agencyKey(first.agency));
    return [
      {
        code: 'similarText',
        files: units.map((u) => u.file),
        section: definitionOf(first.format).sections[sectionKey].heading,
        sectionKey,
        agency: sameAgency ? [first.agency] : [...new Set(units.map((u) => u.agency))],
        years: [...new Set(units.map((u) => u.year))].sort((a, b) => a - b),
        sameAgency,
        similarity: min,
      },
    ];
  });
}

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (b - a) * (pos - lo);
}

/**
 * Key figures far above the group: beyond the upper quartile plus three interquartile ranges
 * (at least 5 件 each, so a group of mostly zeros does not flag a unit with a handful).
 */
function outliers(units: readonly UnitSummary[]): CrossUnitFinding[] {
  const findings: CrossUnitFinding[] = [];
  for (const role of KEY_FIGURE_ROLES) {
    const withValue = units.filter((u) => u.keyFigures[role] !== null);
    if (withValue.length < MIN_GROUP) continue;
    const sorted = withValue.map((u) => u.keyFigures[role] ?? 0).sort((a, b) => a - b);
    const q1 = quantile(sorted, 0.25);
    const q3 = quantile(sorted, 0.75);
    const bound = Math.ceil(q3 + 3 * Math.max(q3 - q1, 5));
    const median = quantile(sorted, 0.5);
    for (const u of withValue) {
      const value = u.keyFigures[role] ?? 0;
      if (value > bound) {
        findings.push({
          code: 'outlier',
          files: [u.file],
          agency: u.agency,
          role,
          value,
          median,
          bound,
        });
      }
    }
  }
  return findings;
}

/** Findings across the units of one review: duplicates, odd years/editions, 内容雷同, outliers. */
export function crossUnitChecks(entries: readonly UnitEntry[]): CrossUnitResult {
  const units = entries.map((e) => e.summary);
  const mainYear = mode(units.map((u) => u.year));
  if (mainYear === null) return { findings: [], superseded: new Set(), mainYear };
  const dup = duplicates(units);
  const current = units.filter((u) => u.year === mainYear && !dup.superseded.has(u.file));
  const textEntries = entries.filter((e) => !dup.superseded.has(e.summary.file));
  return {
    findings: [
      ...dup.findings,
      ...differing(units, mainYear),
      ...SECTION_KEYS.flatMap((key) => similarTexts(textEntries, key)),
      ...outliers(current),
    ],
    superseded: dup.superseded,
    mainYear,
  };
}
