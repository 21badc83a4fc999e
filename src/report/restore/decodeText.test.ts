import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemMessage } from './problemMessages';
import { decodeText } from './decodeText';
import { restoreBytes } from './restoreBytes';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url)));
const original = new TextDecoder().decode(fixture('reports/zhenhai-2020.json'));

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark, without any problem', () => {
    for (const name of ['reports/zhenhai-2020.json', 'encodings/zhenhai-2020.utf8-bom.json']) {
      const decoded = decodeText(fixture(name));
      expect(decoded).toEqual({ ok: true, text: original, encoding: 'utf-8', problems: [] });
    }
  });

  it('reads a GBK / GB18030 (“ANSI”) file as GB18030 and says so, naming the encoding', () => {
    const decoded = decodeText(fixture('encodings/zhenhai-2020.gb18030.json'));
    if (!decoded.ok) throw new Error('refused');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(original);
    expect(decoded.problems.map((p) => [p.code, p.severity])).toEqual([
      ['file.encodingGb18030', 'notice'],
    ]);
    const [notice] = decoded.problems;
    expect(notice === undefined ? '' : problemMessage(notice)).toContain('GB18030');
  });

  it('refuses bytes valid in neither encoding, naming both', () => {
    const decoded = decodeText(fixture('encodings/neither.json'));
    expect(decoded.ok).toBe(false);
    const [problem] = decoded.problems;
    expect(problem?.code).toBe('file.encodingUnknown');
    expect(problem?.severity).toBe('error');
    const message = problem === undefined ? '' : problemMessage(problem);
    expect(message).toContain('UTF-8');
    expect(message).toContain('GB18030');
  });

  it('never invents replacement characters, and reports those already in the text', () => {
    const text = '{"agency":"某\uFFFD\uFFFD局"}';
    const decoded = decodeText(new TextEncoder().encode(text));
    if (!decoded.ok) throw new Error('refused');
    expect(decoded.text).toBe(text);
    expect(decoded.problems).toEqual([
      expect.objectContaining({ code: 'file.replacementCharacters', params: { count: 2 } }),
    ]);
  });
});

describe('restoreBytes', () => {
  it('restores a GBK file with the right Chinese text, and lists the encoding first', () => {
    const { document, problems } = restoreBytes(fixture('encodings/zhenhai-2020.gb18030.json'));
    const fromUtf8 = restoreBytes(fixture('reports/zhenhai-2020.json'));
    expect(document).toEqual(fromUtf8.document);
    expect(JSON.stringify(document)).not.toContain('\uFFFD');
    expect(problems[0]?.code).toBe('file.encodingGb18030');
    expect(problems.slice(1)).toEqual(fromUtf8.problems);
  });

  it('refuses a file in neither encoding before parsing it', () => {
    const { document, problems } = restoreBytes(fixture('encodings/neither.json'));
    expect(document).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['file.encodingUnknown']);
  });
});
