/**
 * Text normalisation for recognising labels: full-width forms folded (NFKC), spaces and
 * quotes removed, list punctuation unified. Two labels that differ only in how a site typed
 * them compare equal after `labelKey`.
 */

/** Whitespace of every kind a page or PDF gives, including no-break and ideographic spaces. */
export const SPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Collapses runs of any whitespace to one ASCII space and trims. */
export function tidy(text: string): string {
  return text.replace(SPACE, ' ').trim();
}

/** True when the text holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.replace(SPACE, '') === '';
}

/**
 * The comparison key of a label: NFKC (full-width digits, letters and brackets to ASCII),
 * no whitespace, no quotes, list marks `、．.：:` unified to `.`, `，,` to `,`, and 其它 → 其他.
 */
export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SPACE, '')
    .replace(/["'“”‘’「」『』]/g, '')
    .replace(/[、．。.：:]/g, '.')
    .replace(/[，,]/g, ',')
    .replace(/[〔【[]/g, '(')
    .replace(/[〕】\]]/g, ')')
    .replace(/其它/g, '其他');
}

/** Display width in terminal columns: CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code >= 0x1100 && /[^\u00a0-\u00ff]/.test(ch) ? 2 : 1;
  }
  return width;
}

/**
 * Edit distance with adjacent transpositions (国家密秘 for 国家秘密 is one edit), bounded:
 * returns `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}
