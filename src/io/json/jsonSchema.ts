import { toJSONSchema } from 'zod/mini';
import { buildReportFileSchema } from '../../report/restore/fileShape';

/** Where the generated schema is published (relative to the repository root). */
export const SCHEMA_PATH = 'public/schema/annual-report-v1.json';

/**
 * The public JSON Schema of the report file, generated from the zod schema restore uses, so
 * the two descriptions of the file cannot disagree. The `$id` is a bare file name on purpose:
 * a URL-looking id invites validators to fetch it, and the app makes no network calls.
 */
export function annualReportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = toJSONSchema(buildReportFileSchema(), { target: 'draft-2020-12' });
  return {
    $schema,
    $id: 'annual-report-v1.json',
    title: '年报 政府信息公开工作年度报告文件 v1',
    ...rest,
  };
}

/** The schema file's exact text (two-space JSON and a final newline, like exported reports). */
export function annualReportJsonSchemaText(): string {
  return `${JSON.stringify(annualReportJsonSchema(), null, 2)}\n`;
}
