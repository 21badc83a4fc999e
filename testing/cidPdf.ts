/**
 * A PDF as Chinese government systems often write it (iText with its built-in Asian fonts):
 * the text is in a Type0 font over a predefined CMap (/UniGB-UCS2-H, or /GBK-EUC-H) whose
 * descendant CIDFontType0 /STSong-Light is NOT embedded (Adobe-GB1), with no /ToUnicode. A
 * reader turns its bytes into characters only through CMaps: the encoding's (code → CID) and
 * Adobe-GB1-UCS2 (CID → Unicode); without them pdf.js gets no text.
 *
 * The page holds the first lines of a 2024 report of a made-up agency (title, preface, 一 and
 * 二, the head of 表三). scripts/make-cid-pdf.ts writes the UniGB-UCS2-H one to
 * fixtures/import/cid-unigb.pdf; a unit test keeps the committed file equal to what this
 * builds. Deterministic: no dates, no ids.
 */

/** One run of text at a position on the page (PDF points, origin bottom left). */
interface Run {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** The report's agency and year as the title prints them (what an import must recognise). */
export const CID_PDF_AGENCY = '某某区人民政府办公室';
export const CID_PDF_YEAR = 2024;
export const CID_PDF_TITLE = `${CID_PDF_AGENCY}${String(CID_PDF_YEAR)}年政府信息公开工作年度报告`;

/** 表三's first row as printed: 自然人, the five 法人或其他组织 columns, 总计. */
export const CID_PDF_RECEIVED = [31, 3, 0, 0, 1, 1, 36] as const;
/** 表三's second row (上年结转). */
export const CID_PDF_CARRIED_OVER = [2, 0, 0, 0, 0, 0, 2] as const;

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const LEFT = 72;
const BODY = 12;
const LEADING = 20;

/** Width of a text in the font (full-width characters 1 em, ASCII half an em: /W below). */
function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return em * size;
}

function centred(text: string, y: number, size: number): Run {
  return { text, x: (PAGE_WIDTH - textWidth(text, size)) / 2, y, size };
}

/** The page's text, top to bottom. */
function runs(): Run[] {
  const out: Run[] = [];
  let y = PAGE_HEIGHT - 90;
  out.push(centred(CID_PDF_AGENCY, y, 18));
  y -= 28;
  out.push(centred(`${String(CID_PDF_YEAR)}年政府信息公开工作年度报告`, y, 18));
  y -= 40;
  const paragraph = (lines: readonly string[], indent = true): void => {
    lines.forEach((line, i) => {
      out.push({ text: line, x: LEFT + (indent && i === 0 ? 2 * BODY : 0), y, size: BODY });
      y -= LEADING;
    });
  };
  paragraph([
    `本报告由${CID_PDF_AGENCY}根据《中华人民共和国政府信息公开`,
    '条例》（以下简称《条例》）规定编制。报告所列统计期限自2024年1',
    '月1日至2024年12月31日。',
  ]);
  paragraph(['一、总体情况']);
  paragraph([
    '2024年，本区全年主动公开政府信息1286条，受理政府信息公开申',
    '请36件，均在法定期限内予以答复。',
  ]);
  paragraph(['二、主动公开政府信息情况']);
  paragraph(['本区通过政府门户网站、政务新媒体等平台主动公开各类政府信息，', '及时发布政策解读。']);
  paragraph(['三、收到和处理政府信息公开申请情况']);
  y -= 4;
  // 表三's header and first two rows, each cell a run at its column (as a layout program
  // prints a table): the label column, 自然人, five 法人或其他组织 columns, 总计.
  const columns = [225, 271, 317, 363, 409, 455, 501];
  const small = 9;
  out.push({ text: '申请人情况', x: 360, y, size: small });
  y -= 14;
  out.push({ text: '法人或其他组织', x: 350, y, size: small });
  y -= 14;
  const heads = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
  heads.forEach((head, i) => {
    out.push({ text: head, x: columns[i] ?? 0, y, size: 7 });
  });
  y -= 18;
  const row = (label: string, values: readonly number[]): void => {
    out.push({ text: label, x: LEFT, y, size: small });
    values.forEach((value, i) => {
      out.push({ text: String(value), x: (columns[i] ?? 0) + 8, y, size: small });
    });
    y -= 18;
  };
  row('一、本年新收政府信息公开申请数量', CID_PDF_RECEIVED);
  row('二、上年结转政府信息公开申请数量', CID_PDF_CARRIED_OVER);
  return out;
}

/** The predefined CMaps this fixture can be written in (iText's two for simplified Chinese). */
export type CidPdfEncoding = 'UniGB-UCS2-H' | 'GBK-EUC-H';

/** UCS-2 big-endian: the codes /UniGB-UCS2-H expects. */
function ucs2Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code > 0xffff) throw new Error(`not in UCS-2: ${ch}`);
    bytes.push(code >> 8, code & 0xff);
  }
  return bytes;
}

let gbkCodes: Map<string, number> | null = null;

/** Character → GBK code, built once by decoding every two-byte GBK code (Node has no GBK encoder). */
function gbkTable(): Map<string, number> {
  if (gbkCodes !== null) return gbkCodes;
  const decoder = new TextDecoder('gbk', { fatal: true });
  const table = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(ch)) table.set(ch, (lead << 8) | trail);
      } catch {
        // not a GBK code
      }
    }
  }
  gbkCodes = table;
  return table;
}

/** GBK: ASCII as one byte, the rest as two (the codes /GBK-EUC-H expects). */
function gbkBytes(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const gbk = gbkTable().get(ch);
    if (gbk === undefined) throw new Error(`not in GBK: ${ch}`);
    bytes.push(gbk >> 8, gbk & 0xff);
  }
  return bytes;
}

/** A PDF hex string of the text's codes in the encoding. */
function hexString(text: string, encoding: CidPdfEncoding): string {
  const bytes = encoding === 'GBK-EUC-H' ? gbkBytes(text) : ucs2Bytes(text);
  return `<${bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('')}>`;
}

function contentStream(encoding: CidPdfEncoding): string {
  const ops = runs().map(
    (r) =>
      `BT /F1 ${String(r.size)} Tf 1 0 0 1 ${r.x.toFixed(2)} ${r.y.toFixed(2)} Tm ${hexString(r.text, encoding)} Tj ET`,
  );
  return `${ops.join('\n')}\n`;
}

/** The PDF's bytes (PDF 1.4, one page, uncompressed, a classic xref table). */
export function cidPdf(encoding: CidPdfEncoding = 'UniGB-UCS2-H'): Uint8Array {
  const content = contentStream(encoding);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${String(PAGE_WIDTH)} ${String(PAGE_HEIGHT)}] ` +
      '/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${String(content.length)} >>\nstream\n${content}endstream`,
    // The font as iText writes its built-in STSong-Light: a Type0 font over the predefined
    // CMap, the CID font only named (not embedded), no /ToUnicode.
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-${encoding} /Encoding /${encoding} ` +
      '/DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ' +
      '/FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    `<< /Title (cid ${encoding}) /Producer (nianbao scripts/make-cid-pdf.ts) >>`,
  ];
  // Everything above is ASCII (the text is hex), so string length is byte length.
  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  // The binary-marker comment is four bytes in Latin-1: written below as such.
  const offsets: number[] = [];
  let bytes = latin1Length(pdf);
  objects.forEach((body, i) => {
    offsets.push(bytes);
    const object = `${String(i + 1)} 0 obj\n${body}\nendobj\n`;
    pdf += object;
    bytes += latin1Length(object);
  });
  const xref = bytes;
  const size = objects.length + 1;
  pdf += `xref\n0 ${String(size)}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${String(size)} /Root 1 0 R /Info ${String(size - 1)} 0 R >>\n`;
  pdf += `startxref\n${String(xref)}\n%%EOF\n`;
  return Uint8Array.from(pdf, (ch) => ch.charCodeAt(0));
}

/** Bytes of a string whose characters are all below U+0100 (written one byte each). */
function latin1Length(text: string): number {
  for (const ch of text) if (ch.charCodeAt(0) > 0xff) throw new Error('not Latin-1');
  return text.length;
}
