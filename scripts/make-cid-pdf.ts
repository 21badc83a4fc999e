import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cidPdf } from '../testing/cidPdf.ts';

/**
 * Writes fixtures/import/cid-unigb.pdf: a report page in a non-embedded CID font over the
 * predefined CMap UniGB-UCS2-H (see testing/cidPdf.ts). Run: `npx tsx scripts/make-cid-pdf.ts`.
 */
const target = fileURLToPath(new URL('../fixtures/import/cid-unigb.pdf', import.meta.url));
writeFileSync(target, cidPdf());
console.log(`wrote ${target}`);
