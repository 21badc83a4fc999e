/**
 * Reads pdf.js's packed CMaps with `fetch`, in the page and in a Web Worker alike. pdf.js's
 * own browser reader (DOMCMapReaderFactory) checks the URL against `document.baseURI`, which
 * a worker does not have, so in the review's worker every CMap failed and a PDF in a CID font
 * gave no text. pdf.js's contract: `new Factory({ baseUrl, isCompressed })`, then
 * `fetch({ name })` resolving to `{ cMapData, isCompressed }`.
 */
export class FetchCMapReader {
  readonly #baseUrl: string | null;

  constructor(options: { readonly baseUrl: string | null; readonly isCompressed: boolean }) {
    this.#baseUrl = options.baseUrl;
  }

  async fetch(request: {
    readonly name: string;
  }): Promise<{ readonly cMapData: Uint8Array; readonly isCompressed: boolean }> {
    if (this.#baseUrl === null) throw new Error('cMapUrl is not set');
    // Only ever packed (.bcmap): that is what the app serves (build/pdfjsCMaps.ts).
    const url = `${this.#baseUrl}${request.name}.bcmap`;
    const response = await fetch(url);
    // A CMap the app does not serve (Japanese, Korean) may come back as the app's HTML page
    // from a host that falls back to index.html: that is no CMap either.
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || type.startsWith('text/html')) {
      throw new Error(`CMap ${url}: HTTP ${String(response.status)} ${type}`);
    }
    return { cMapData: new Uint8Array(await response.arrayBuffer()), isCompressed: true };
  }
}
