import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../report/blank';
import { FORMATS } from '../../report/definition/types';
import { switchEdition } from '../../report/editionSwitch';
import { restoreText } from '../../report/restore/restore';
import { renderReportHtml } from './renderReport';

/**
 * The printed HTML of every sample report, byte for byte. Refactorings of the definition, the
 * renderer or restore must leave what an officer prints unchanged; a deliberate change of the
 * printed form updates the goldens (`npx vitest run src/io/html/golden.test.ts -u`) and the
 * diff shows exactly what changed on paper.
 */
const folder = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** Kept under fixtures/, which Prettier leaves byte-for-byte. */
const GOLDEN = '../../../fixtures/golden/';

const SOURCES: readonly { readonly dir: string; readonly prefix: string }[] = [
  { dir: folder('../../../fixtures/reports/'), prefix: 'reports' },
  { dir: folder('../../../fixtures/checks/'), prefix: 'checks' },
  { dir: folder('../../../fixtures/cli/'), prefix: 'cli' },
  { dir: folder('../../../../shared/samples/'), prefix: 'samples' },
];

const samples = SOURCES.flatMap(({ dir, prefix }) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `${prefix}-${basename(name, '.json')}`, path: `${dir}${name}` })),
);

const realSamples = samples
  .filter((s) => s.name.startsWith('samples-'))
  .map((s) => {
    const { document } = restoreText(readFileSync(s.path, 'utf8'));
    if (document === null) throw new Error(`${s.name} does not restore`);
    return { name: s.name, doc: document };
  });

describe('printed HTML of the sample reports (golden files)', () => {
  it('covers the real published samples and the fixtures', () => {
    expect(samples.filter((s) => s.name.startsWith('samples-')).length).toBeGreaterThanOrEqual(2);
    expect(samples.length).toBeGreaterThan(30);
  });

  for (const sample of samples) {
    it(`${sample.name} prints byte-identical`, async () => {
      const { document } = restoreText(readFileSync(sample.path, 'utf8'));
      // Files that restore refuses (not JSON, a newer version) have nothing to print.
      const html = document === null ? '(refused by restore)\n' : renderReportHtml(document);
      await expect(html).toMatchFileSnapshot(`${GOLDEN}${sample.name}.html`);
    });
  }

  // Every edition's blank form, and each real sample switched to every other edition (rows the
  // target edition lacks stay in the document but are not printed).
  for (const format of FORMATS) {
    it(`a blank ${format} report prints byte-identical`, async () => {
      const doc = createBlankDocument({ agency: '示例机关', year: 2022, format });
      await expect(renderReportHtml(doc)).toMatchFileSnapshot(`${GOLDEN}blank-${format}.html`);
    });
    for (const sample of realSamples.filter((s) => s.doc.format !== format)) {
      it(`${sample.name} switched to ${format} prints byte-identical`, async () => {
        const html = renderReportHtml(switchEdition(sample.doc, format).doc);
        await expect(html).toMatchFileSnapshot(`${GOLDEN}${sample.name}-as-${format}.html`);
      });
    }
  }
});
