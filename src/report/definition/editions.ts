import { applicationsTable } from './applications';
import { disclosureStatsTable } from './disclosureStats';
import { proactiveTable } from './proactive';
import { reviewTable } from './review';
import type { EditionDefinition, Format, SectionDef, SectionKey, TableDef, TableId } from './types';

const SECTIONS: Readonly<Record<SectionKey, SectionDef>> = {
  overview: { key: 'overview', heading: '一、总体情况', numeral: '一' },
  problems: { key: 'problems', heading: '五、存在的主要问题及改进情况', numeral: '五' },
  other: { key: 'other', heading: '六、其他需要报告的事项', numeral: '六' },
};

function edition(
  format: Format,
  notice: string,
  years: EditionDefinition['years'],
): EditionDefinition {
  const tables: Record<TableId, TableDef> = {
    proactive: proactiveTable(format),
    applications: applicationsTable(format),
    review: reviewTable(),
    disclosureStats: disclosureStatsTable(),
  };
  return {
    format,
    notice,
    years,
    sections: SECTIONS,
    tables,
    parts: [
      {
        numeral: '一',
        heading: SECTIONS.overview.heading,
        content: [{ kind: 'section', key: 'overview' }],
      },
      {
        numeral: '二',
        heading: tables.proactive.title,
        content: [{ kind: 'table', id: 'proactive' }],
      },
      {
        numeral: '三',
        heading: tables.applications.title,
        content: [{ kind: 'table', id: 'applications' }],
      },
      { numeral: '四', heading: tables.review.title, content: [{ kind: 'table', id: 'review' }] },
      {
        numeral: '五',
        heading: SECTIONS.problems.heading,
        content: [{ kind: 'section', key: 'problems' }],
      },
      {
        numeral: '六',
        heading: SECTIONS.other.heading,
        content: [
          { kind: 'section', key: 'other' },
          { kind: 'table', id: 'disclosureStats' },
        ],
      },
    ],
  };
}

/** The two national editions. Built once at module load; treat as immutable. */
export const EDITIONS: Readonly<Record<Format, EditionDefinition>> = {
  '2019': edition('2019', '国办公开办函〔2019〕60号', { from: 2019, to: 2020 }),
  '2021': edition('2021', '国办公开办函〔2021〕30号', { from: 2021 }),
};

export function definitionOf(format: Format): EditionDefinition {
  return EDITIONS[format];
}

/** The edition a new report for `year` uses by default (reports on 2019–2020 use 2019). */
export function defaultFormatForYear(year: number): Format {
  return year <= 2020 ? '2019' : '2021';
}

/** Table ids in printed order. */
export const TABLE_IDS: readonly TableId[] = [
  'proactive',
  'applications',
  'review',
  'disclosureStats',
];
export const SECTION_KEYS: readonly SectionKey[] = ['overview', 'problems', 'other'];
