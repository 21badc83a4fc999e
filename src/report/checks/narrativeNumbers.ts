import { cellId, readCell, type CellId } from '../cells';
import type { CellRef } from '../definition/types';
import type { ReportDocument } from '../document';

/**
 * Numbers that 一、总体情况 states for table quantities ("共收到政府信息公开申请85件",
 * "予以公开40件", "行政复议2件" …). Conservative on purpose: a claim is recognised only when its
 * key phrase, the number and the unit 件/起 stand together in one clause, so ordinary prose
 * (阅读量10w+, 受理投诉10984帖) is never read as a claim.
 */
export interface NarrativeClaim {
  readonly quantity: QuantityId;
  /** The sentence fragment as written, for the message. */
  readonly text: string;
  readonly value: number;
}

export type QuantityId =
  | 'received'
  | 'disclosed'
  | 'partiallyDisclosed'
  | 'carriedForward'
  | 'reconsideration'
  | 'litigation';

const CLAUSE_BREAK = '。；;，,、：:（）()\\n';
const GAP = `[^${CLAUSE_BREAK}\\d]`;

/** Each pattern captures the number in its last group. */
const PATTERNS: readonly { readonly quantity: QuantityId; readonly pattern: RegExp }[] = [
  {
    quantity: 'received',
    pattern: new RegExp(`(?:新收|收到|受理)${GAP}{0,12}?申请${GAP}{0,6}?(\\d+)\\s*件`, 'g'),
  },
  { quantity: 'disclosed', pattern: /(?<!部分)予以公开(?:的)?(?:共|共计)?\s*(\d+)\s*件/g },
  { quantity: 'partiallyDisclosed', pattern: /部分公开(?:的)?(?:共|共计)?\s*(\d+)\s*件/g },
  {
    quantity: 'carriedForward',
    pattern: /结转(?:至)?下(?:一)?年度(?:继续办理)?(?:的)?(?:共|共计)?\s*(\d+)\s*件/g,
  },
  {
    quantity: 'reconsideration',
    pattern: /(?:被申请|申请|发生|涉及)?行政复议(?:案件)?(?:共|共计)?\s*(\d+)\s*(?:件|起)/g,
  },
  {
    quantity: 'litigation',
    pattern: /(?:被提起|提起|发生|涉及)?行政诉讼(?:案件)?(?:共|共计)?\s*(\d+)\s*(?:件|起)/g,
  },
];

const FULL_WIDTH_DIGIT = /[０-９]/g;

function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

let cache: { readonly text: string; readonly claims: readonly NarrativeClaim[] } | null = null;

/** The claims of a narrative text, in order of appearance (cached for the last text). */
export function narrativeClaims(text: string): readonly NarrativeClaim[] {
  if (cache?.text === text) return cache.claims;
  const normalised = halfWidthDigits(text);
  const claims: { claim: NarrativeClaim; at: number }[] = [];
  for (const { quantity, pattern } of PATTERNS) {
    for (const match of normalised.matchAll(pattern)) {
      const value = Number(match[match.length - 1]);
      if (!Number.isSafeInteger(value)) continue;
      claims.push({ claim: { quantity, text: match[0].trim(), value }, at: match.index });
    }
  }
  const ordered = claims.sort((a, b) => a.at - b.at).map((c) => c.claim);
  cache = { text, claims: ordered };
  return ordered;
}

const ref = (table: 'applications' | 'review', row: string): CellRef => ({
  table,
  row,
  column: 'total',
});

/** The table cells a quantity sums, and the values the narrative may legitimately state. */
export function tableQuantity(
  doc: ReportDocument,
  quantity: QuantityId,
): { readonly cells: readonly CellId[]; readonly accepted: readonly number[] } | null {
  const refs: readonly CellRef[] = {
    received: [ref('applications', 'received')],
    disclosed: [ref('applications', 'disclosed')],
    partiallyDisclosed: [ref('applications', 'partiallyDisclosed')],
    carriedForward: [ref('applications', 'carriedForward')],
    reconsideration: [ref('review', 'reconsideration')],
    litigation: [
      ref('review', 'litigationDirect'),
      ref('review', 'litigationAfterReconsideration'),
    ],
  }[quantity];
  const values = refs.map((r) => readCell(doc, r));
  if (values.some((v) => v === null)) return null;
  const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
  // "共收到申请N件" is written both without and with last year's carried-over applications.
  const carried = readCell(doc, ref('applications', 'carriedOver'));
  const accepted = quantity === 'received' && carried !== null ? [sum, sum + carried] : [sum];
  return { cells: refs.map(cellId), accepted };
}
