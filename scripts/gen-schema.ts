/**
 * Writes the public JSON Schema of the report file (`npm run schema`). The unit test
 * src/io/json/jsonSchema.test.ts fails when the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_PATH, annualReportJsonSchemaText } from '../src/io/json/jsonSchema';

const target = fileURLToPath(new URL(`../${SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, annualReportJsonSchemaText());
console.log(`已生成 ${SCHEMA_PATH}`);
