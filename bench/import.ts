/**
 * `node --import tsx bench/import.ts`: how long the importer takes on a ~300 KB Word-exported
 * portal page (the size a CMS makes of one report: MsoNormal paragraphs, spans on every run,
 * <o:p>, styles, site navigation around the article), and the cell-exact share over the real
 * reports in fixtures/import. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { renderReportHtml } from '../src/io/html/renderReport';
import { extractReport } from '../src/io/import/importReport';
import { compareCells, fixtureBytes, readTruth } from '../testing/testTruth';
import { restoreText } from '../src/report/restore/restore';

const RUNS = 15;
const SPAN =
  "<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;color:black'>";

/** The official-layout HTML of a real report, dressed as Word's HTML export inside a portal page. */
function wordExportedPage(): string {
  const truth = readFileSync(
    new URL('../fixtures/import/huaian-shizhengfu-2024.json', import.meta.url),
    'utf8',
  );
  const restored = restoreText(truth);
  if (restored.document === null) throw new Error('fixture refused');
  const article = renderReportHtml(restored.document, { standalone: false })
    .replace(
      /<(p|h[1-6]|td|th)([^>]*)>([^<]+)</g,
      (_, tag: string, attrs: string, text: string) =>
        `<${tag}${attrs}><p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'>${SPAN}${text}<o:p></o:p></span></p><`,
    )
    .replace(
      /<table/g,
      "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'",
    );
  const nav = Array.from(
    { length: 120 },
    (_, i) => `<li><a href="/col/${String(i)}">栏目${String(i)}</a></li>`,
  ).join('');
  let page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>淮安市人民政府2024年政府信息公开工作年度报告</title>
<style>${'.MsoNormal{margin:0cm;font-size:10.5pt}'.repeat(200)}</style></head><body>
<div class="header"><ul class="nav">${nav}</ul><div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div></div>
<div class="article">${article}</div><div class="footer">版权所有 淮安市人民政府 主办单位</div></body></html>`;
  // Word repeats its styles and conditional comments; pad with them up to about 300 KB.
  while (page.length < 300 * 1024)
    page = page.replace(
      '</head>',
      `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->${'<style>p.MsoNormal{mso-style-parent:"";}</style>'.repeat(20)}</head>`,
    );
  return page;
}

const page = wordExportedPage();
const bytes = new TextEncoder().encode(page);
const times: number[] = [];
let cells = 0;
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const outcome = await extractReport(bytes, 'report.html');
  times.push(performance.now() - started);
  if (outcome.ok) cells = outcome.extracted.cells.filter((c) => c.status === 'read').length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
process.stdout.write(
  `import of a Word-exported HTML page: ${(bytes.length / 1024).toFixed(0)} KB, ${String(cells)} cells read\n` +
    `  median ${median.toFixed(0)} ms, fastest ${(times[0] ?? 0).toFixed(0)} ms, slowest ${(times[times.length - 1] ?? 0).toFixed(0)} ms (${String(RUNS)} runs, Node)\n`,
);

/** Every form of every fixture report against its true values. */
const FORMS: readonly (readonly [string, string])[] = [
  ['shanghai-shizhengfubangongting-2019.html', 'shanghai-shizhengfubangongting-2019.json'],
  ['shanghai-shizhengfubangongting-2019.txt', 'shanghai-shizhengfubangongting-2019.json'],
  ['shanghai-shizhengfubangongting-2019.docx', 'shanghai-shizhengfubangongting-2019.json'],
  ['shanghai-shizhengfubangongting-2019.pdf', 'shanghai-shizhengfubangongting-2019.json'],
  ['huaian-shizhengfu-2024.txt', 'huaian-shizhengfu-2024.json'],
  ['huaian-shizhengfu-2024.docx', 'huaian-shizhengfu-2024.json'],
  ['huaian-shizhengfu-2024.pdf', 'huaian-shizhengfu-2024.json'],
  ['zhenhai-xinwenzhongxin-2020.txt', 'zhenhai-xinwenzhongxin-2020.json'],
];
let total = 0;
let exact = 0;
let wrong = 0;
let filesExact = 0;
for (const [file, truthFile] of FORMS) {
  const outcome = await extractReport(fixtureBytes(file), file);
  if (!outcome.ok) continue;
  const truth = readTruth(truthFile);
  const cells = compareCells(outcome.extracted, truth);
  total += cells.total;
  exact += cells.exact;
  wrong += cells.wrong.length;
  if (cells.exact === cells.total) filesExact += 1;
  process.stdout.write(
    `  ${file}: ${String(cells.exact)}/${String(cells.total)} cells exact, ${String(cells.flagged.length)} flagged, ${String(cells.wrong.length)} wrong\n`,
  );
}
process.stdout.write(
  `fixtures: ${String(exact)}/${String(total)} cells exact (${((100 * exact) / Math.max(1, total)).toFixed(1)}%), ${String(wrong)} wrong, ${String(filesExact)}/${String(FORMS.length)} files cell-exact\n`,
);
