import { z } from 'zod/mini';
import { EDITIONS, FORMATS, PREFACE_NAME } from '../definition/editions';
import { AGENCY_LEVELS, YEAR_MAX, YEAR_MIN } from '../document';

/**
 * The report file, version 1, as the contract (shared/spec/report-json.md) describes it. This
 * schema is the single written description of the file structure: the public JSON Schema is
 * generated from it (z.toJSONSchema). Restore uses its pieces for the envelope but checks
 * every cell itself, because a bad cell must blank that cell with a precise problem, not refuse
 * the file.
 *
 * Written with `zod/mini` (functional checks, `z.describe`) rather than the chainable `zod`: the
 * editor restores a stored draft with these pieces on opening, and the classic API drags its
 * JSON-Schema and English-message code into that first visit (about 17 kB gzip). The generated
 * JSON Schema is the same (src/io/json/jsonSchema.test.ts compares it with the published file).
 */

// The envelope constants live in a module without zod, so the JSON export (loaded on the
// library's first screen to store drafts) does not pull the schema library in.
export { CURRENT_FILE_VERSION, FILE_KEYS, FILE_TYPE } from './fileConstants';
import { CURRENT_FILE_VERSION, FILE_TYPE } from './fileConstants';

/** The `format` field: one of the editions registered when it is built. */
function buildFormatSchema() {
  const editions = FORMATS.map((f) => `${f} = ${EDITIONS[f].notice}`).join('，');
  return z.enum(FORMATS).check(z.describe(`报告格式：${editions}`));
}
export const formatSchema = buildFormatSchema();
export const agencyLevelSchema = z.enum(AGENCY_LEVELS).check(z.describe('机关层级'));
export const yearSchema = z
  .int()
  .check(z.minimum(YEAR_MIN), z.maximum(YEAR_MAX), z.describe('报告年度'));
export const publicationDateSchema = z.iso.date().check(z.describe('发布日期 YYYY-MM-DD'));

/** A cell: integer, decimal (money, at most 6 places), or null for blank. Blank is not zero. */
export const cellSchema = z.nullable(z.number());
export const rowSchema = z.record(z.string(), cellSchema).check(z.describe('一行：列 id → 单元格'));
export const tableSchema = z.record(z.string(), rowSchema).check(z.describe('一张表：行 id → 行'));

export const acknowledgementSchema = z.object({
  check: z.string().check(z.minLength(1), z.describe('检查项 id，如 applications.balance')),
  cell: z
    .optional(z.string().check(z.minLength(1)))
    .check(z.describe('该提示涉及的第一个单元格，如 applications.received.total')),
  note: z.string().check(z.describe('确认理由')),
});

export const sectionsSchema = z.object({
  overview: z.string().check(z.describe('一、总体情况')),
  problems: z.string().check(z.describe('五、存在的主要问题及改进情况')),
  other: z.string().check(z.describe('六、其他需要报告的事项')),
});

export const tablesSchema = z.object({
  proactive: tableSchema.check(z.describe('表二 主动公开政府信息情况')),
  applications: tableSchema.check(z.describe('表三 收到和处理政府信息公开申请情况')),
  review: tableSchema.check(z.describe('表四 政府信息公开行政复议、行政诉讼情况')),
  disclosureStats: z
    .optional(z.nullable(tableSchema))
    .check(z.describe('公开及回应解读情况统计表（可选）')),
});

/**
 * The whole file, for the editions registered now. Built again by the schema generator so that
 * an edition registered later (a test's fictional one) is in the `format` enum too.
 */
export function buildReportFileSchema() {
  return (
    z
      .looseObject({
        type: z.literal(FILE_TYPE),
        version: z.literal(CURRENT_FILE_VERSION),
        format: buildFormatSchema(),
        agency: z.string().check(z.describe('机关名称')),
        agencyLevel: z.optional(z.nullable(agencyLevelSchema)),
        year: yearSchema,
        title: z
          .optional(z.nullable(z.string()))
          .check(z.describe('标题；缺省为 {机关名称}{年度}年政府信息公开工作年度报告')),
        preface: z.optional(z.string()).check(z.describe(PREFACE_NAME)),
        sections: sectionsSchema,
        tables: tablesSchema,
        acknowledged: z.optional(z.array(acknowledgementSchema)).check(z.describe('已确认的提示')),
        publicationDate: z.optional(z.nullable(publicationDateSchema)),
        exportedAt: z.optional(z.string()).check(z.describe('导出时间（ISO 8601）')),
        generator: z.optional(z.string()).check(z.describe('导出程序及版本')),
      })
      // Unknown top-level keys are allowed: they are kept on import and written back on export.
      .check(z.describe('政府信息公开工作年度报告（Nianbao 文件格式，version 1）'))
  );
}

export const reportFileSchema = buildReportFileSchema();

export type ReportFile = z.infer<typeof reportFileSchema>;
