import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchCMapReader } from './cMapReader';

const BASE = 'https://app.example/pdfjs/cmaps/';

function serve(body: BodyInit, init: ResponseInit): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    return Promise.resolve(new Response(body, init));
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FetchCMapReader (pdf.js CMapReaderFactory contract, usable in a worker)', () => {
  it('fetches `${baseUrl}${name}.bcmap` and hands pdf.js the packed bytes', async () => {
    const asked = serve(new Uint8Array([0xe0, 1, 2]), {
      status: 200,
      headers: { 'content-type': 'application/octet-stream' },
    });
    const reader = new FetchCMapReader({ baseUrl: BASE, isCompressed: true });
    const result = await reader.fetch({ name: 'UniGB-UCS2-H' });
    expect(asked).toEqual([`${BASE}UniGB-UCS2-H.bcmap`]);
    expect(result).toEqual({ cMapData: new Uint8Array([0xe0, 1, 2]), isCompressed: true });
  });

  it('a missing CMap or an HTML fallback page is an error, not CMap data', async () => {
    const reader = new FetchCMapReader({ baseUrl: BASE, isCompressed: true });
    serve('', { status: 404 });
    await expect(reader.fetch({ name: 'UniJIS-UCS2-H' })).rejects.toThrow(/404/);
    serve('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } });
    await expect(reader.fetch({ name: 'UniJIS-UCS2-H' })).rejects.toThrow(/text\/html/);
  });

  it('without a cMapUrl nothing is fetched', async () => {
    const asked = serve('', { status: 200 });
    const reader = new FetchCMapReader({ baseUrl: null, isCompressed: true });
    await expect(reader.fetch({ name: 'UniGB-UCS2-H' })).rejects.toThrow();
    expect(asked).toEqual([]);
  });
});
