/**
 * Prints a report file to PDF the way an officer's browser would, to look at the layout:
 *   npx tsx scripts/render-pdf.ts input.json out.pdf
 * Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium); never downloads one.
 * Then e.g. `pdftoppm -png -r 60 out.pdf /tmp/render/page` and open the images.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { renderReportHtml } from '../src/io/html/renderReport';
import { problemMessage } from '../src/report/restore/problemMessages';
import { restoreText } from '../src/report/restore/restore';

// Root needs --no-sandbox; the other flags stop Chromium from calling out to the network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function printPdf(html: string, output: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    // The report must need nothing from outside; refuse any request so a slip shows up.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: output, preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

async function main(args: readonly string[]): Promise<number> {
  const [input, output] = args;
  if (input === undefined || output === undefined) {
    process.stderr.write('用法：npx tsx scripts/render-pdf.ts 报告.json 输出.pdf\n');
    return 2;
  }
  // The file goes through the one door, like an import: problems are shown, not hidden.
  const { document, problems } = restoreText(await readFile(input, 'utf8'));
  for (const p of problems) {
    process.stderr.write(`${input}：${problemMessage(p, document?.format)}\n`);
  }
  if (document === null) {
    process.stderr.write(`${input} 被拒绝，未生成 PDF。\n`);
    return 1;
  }
  await printPdf(renderReportHtml(document), output);
  process.stdout.write(`已生成 ${output}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
