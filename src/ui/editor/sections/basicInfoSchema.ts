import { z } from 'zod/mini';
import { PREFACE_NAME } from '../../../report/definition/editions';
import {
  AGENCY_LEVELS,
  YEAR_MAX,
  YEAR_MIN,
  type AgencyLevel,
  type ReportDocument,
} from '../../../report/document';

/**
 * The 基本信息 form works on strings (what the inputs hold); the schema says which strings are
 * valid. Valid values flow to the report on every change; an invalid one (a half-typed year)
 * stays in the field with its message until it is corrected. `zod/mini`, like the file schema
 * (src/report/restore/fileShape.ts): the classic API would load on every editor visit.
 */
export const basicInfoSchema = z.object({
  agency: z.string().check(z.refine((v) => v.trim() !== '', '请填写机关名称')),
  agencyLevel: z.union([z.literal(''), z.enum(AGENCY_LEVELS)]),
  year: z.string().check(
    z.trim(),
    z.regex(/^\d{4}$/u, '请填写四位数字的年度，如 2024'),
    z.refine(
      (v) => Number(v) >= YEAR_MIN && Number(v) <= YEAR_MAX,
      `年度应在 ${YEAR_MIN} 至 ${YEAR_MAX} 之间`,
    ),
  ),
  title: z.string(),
  preface: z.string(),
  publicationDate: z.union([z.literal(''), z.iso.date('请填写有效的日期')]),
});

export type BasicInfoValues = z.input<typeof basicInfoSchema>;
export type BasicInfoField = keyof BasicInfoValues;

/** The form's view of the report's fields. */
export function basicInfoValues(doc: ReportDocument): BasicInfoValues {
  return {
    agency: doc.agency,
    agencyLevel: doc.agencyLevel ?? '',
    year: String(doc.year),
    title: doc.title ?? '',
    preface: doc.preface,
    publicationDate: doc.publicationDate ?? '',
  };
}

const isAgencyLevel = (v: string): v is AgencyLevel =>
  (AGENCY_LEVELS as readonly string[]).includes(v);

type BasicInfoPatch = Partial<
  Pick<ReportDocument, 'agency' | 'agencyLevel' | 'year' | 'title' | 'preface' | 'publicationDate'>
>;

/** What a field's form value means for the report; `null` when the value is not valid. */
function patchOf(field: BasicInfoField, value: string): BasicInfoPatch | null {
  const valid = basicInfoSchema.shape[field].safeParse(value).success;
  switch (field) {
    case 'agency':
      // An empty name is shown as an error but still kept: the field is the report's truth.
      return { agency: value };
    case 'agencyLevel':
      return { agencyLevel: isAgencyLevel(value) ? value : null };
    case 'year':
      return valid ? { year: Number(value.trim()) } : null;
    case 'title':
      // An empty title means the derived one.
      return { title: value.trim() === '' ? null : value };
    case 'preface':
      return { preface: value };
    case 'publicationDate':
      return valid ? { publicationDate: value === '' ? null : value } : null;
  }
}

/**
 * The report with one field set from its form value. Returns the same document when the value
 * is not valid (the report keeps its last valid value) or changes nothing, so no empty undo
 * step is recorded.
 */
export function applyBasicInfoField<D extends ReportDocument>(
  doc: D,
  field: BasicInfoField,
  value: string,
): D {
  const patch = patchOf(field, value);
  if (patch === null) return doc;
  const changed = (Object.keys(patch) as (keyof BasicInfoPatch)[]).some((k) => doc[k] !== patch[k]);
  return changed ? { ...doc, ...patch } : doc;
}

/** The fields' labels on the form (also named where progress says what is missing). */
export const FIELD_LABEL: Readonly<Record<BasicInfoField, string>> = {
  agency: '机关名称',
  agencyLevel: '机关层级',
  year: '报告年度',
  title: '标题',
  preface: PREFACE_NAME,
  publicationDate: '发布日期',
};

/** Undo labels, in the words of the form. */
export const FIELD_CHANGE_LABEL: Readonly<Record<BasicInfoField, string>> = {
  agency: '修改机关名称',
  agencyLevel: '修改机关层级',
  year: '修改报告年度',
  title: '修改标题',
  preface: `修改${PREFACE_NAME}`,
  publicationDate: '修改发布日期',
};
