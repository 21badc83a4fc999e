import type { NarrativeQuantity } from '../definition/types';

/**
 * Numbers that a narrative section states for table quantities ("共收到政府信息公开申请85件",
 * "予以公开40件", "行政复议2件" …), with the phrasings the edition declares. Conservative on
 * purpose: a claim is recognised only when its phrase, the number and the unit 件/起 stand
 * together in one clause, so ordinary prose (阅读量10w+, 受理投诉10984帖) is never read as one.
 */
export interface NarrativeClaim {
  readonly quantity: NarrativeQuantity;
  /** The sentence fragment as written, for the message. */
  readonly text: string;
  readonly value: number;
}

/** What follows every phrase: an optional 的 / 共 / 共计, the number, and the unit. */
const NUMBER_TAIL = '(?:的)?(?:共|共计)?\\s*(\\d+)\\s*(?:件|起)';

const FULL_WIDTH_DIGIT = /[０-９]/g;

function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const patterns = new WeakMap<readonly NarrativeQuantity[], readonly RegExp[]>();

function patternsOf(quantities: readonly NarrativeQuantity[]): readonly RegExp[] {
  let list = patterns.get(quantities);
  if (list === undefined) {
    list = quantities.map((q) => new RegExp(`(?:${q.phrases.join('|')})${NUMBER_TAIL}`, 'g'));
    patterns.set(quantities, list);
  }
  return list;
}

let cache: {
  readonly text: string;
  readonly quantities: readonly NarrativeQuantity[];
  readonly claims: readonly NarrativeClaim[];
} | null = null;

/** The claims of a narrative text, in order of appearance (cached for the last text). */
export function narrativeClaims(
  text: string,
  quantities: readonly NarrativeQuantity[],
): readonly NarrativeClaim[] {
  if (cache?.text === text && cache.quantities === quantities) return cache.claims;
  const normalised = halfWidthDigits(text);
  const claims: { claim: NarrativeClaim; at: number; end: number }[] = [];
  patternsOf(quantities).forEach((pattern, i) => {
    const quantity = quantities[i];
    if (quantity === undefined) return;
    for (const match of normalised.matchAll(pattern)) {
      const value = Number(match[match.length - 1]);
      if (!Number.isSafeInteger(value)) continue;
      const at = match.index;
      claims.push({
        claim: { quantity, text: match[0].trim(), value },
        at,
        end: at + match[0].length,
      });
    }
  });
  // Where matches overlap, the longest wins: 予以公开及部分公开258件 is one claim about （一）+（二）,
  // not also a claim 部分公开258件 about （二） alone.
  const byLength = [...claims].sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at);
  const kept: typeof claims = [];
  for (const c of byLength) {
    if (kept.every((k) => c.end <= k.at || c.at >= k.end)) kept.push(c);
  }
  const ordered = kept.sort((a, b) => a.at - b.at).map((c) => c.claim);
  cache = { text, quantities, claims: ordered };
  return ordered;
}
