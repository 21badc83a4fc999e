import { SECTION_KEYS } from '../definition/editions';
import type { SectionKey } from '../definition/types';
import type { ReportDocument } from '../document';

/**
 * MinHash signatures of the narrative sections, to find 内容雷同 (the same text reused across
 * units, or last year's text copied) among thousands of reports without comparing every pair:
 * signatures are cut into bands, and only texts sharing a band are compared.
 *
 * Before hashing, what legitimately differs between copies is taken out: whitespace,
 * punctuation, every digit (numbers and years change each year) and the unit's own name.
 */
export const SIGNATURE_SIZE = 32;
export const BAND_ROWS = 4;
const SHINGLE = 6;
/** Texts shorter than this (after normalising) are headings only, not worth comparing. */
export const MIN_TEXT = 80;

export type SectionSignatures = Readonly<Partial<Record<SectionKey, Uint32Array>>>;

export function normalizeText(text: string, agency: string): string {
  const own = agency.trim();
  const withoutName = own === '' ? text : text.split(own).join('');
  return withoutName.replace(/[\s\p{P}\p{S}]/gu, '').replace(/\d/g, '#');
}

/** 32-bit mix (murmur3 finaliser). */
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** An empty bin: no shingle hashed into it. */
const EMPTY = 0xffffffff;
/** The top bits of a shingle's hash choose its bin; the rest is the value the bin keeps. */
const BIN_SHIFT = 32 - Math.log2(SIGNATURE_SIZE);
const REST_MASK = 2 ** BIN_SHIFT - 1;

/**
 * One-permutation MinHash: each shingle is hashed once; the top bits choose one of
 * SIGNATURE_SIZE bins and the bin keeps its smallest hash. One hash per shingle instead of one
 * per shingle and bin keeps thousands of reports cheap to fingerprint.
 */
export function signature(normalized: string): Uint32Array | null {
  if (normalized.length < MIN_TEXT) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (let p = 0; p + SHINGLE <= normalized.length; p++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ normalized.charCodeAt(p + k), 0x01000193);
    const v = mix(h);
    const bin = v >>> BIN_SHIFT;
    const rest = v & REST_MASK;
    if (rest < (sig[bin] ?? EMPTY)) sig[bin] = rest;
  }
  return sig;
}

export function sectionSignatures(doc: ReportDocument): SectionSignatures {
  const out: Partial<Record<SectionKey, Uint32Array>> = {};
  for (const key of SECTION_KEYS) {
    const sig = signature(normalizeText(doc.sections[key], doc.agency));
    if (sig !== null) out[key] = sig;
  }
  return out;
}

/** Estimated Jaccard similarity of the two texts' shingle sets (bins empty in both ignored). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  let used = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    used++;
    if (a[i] === b[i]) same++;
  }
  return used === 0 ? 0 : same / used;
}

/** Band keys of a signature: texts sharing any one are candidates for comparison. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < SIGNATURE_SIZE / BAND_ROWS; b++) {
    keys.push(
      `${String(b)}:${Array.from(sig.subarray(b * BAND_ROWS, (b + 1) * BAND_ROWS)).join(',')}`,
    );
  }
  return keys;
}
