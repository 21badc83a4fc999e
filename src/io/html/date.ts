const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * `2021-01-20` → `2021年1月20日`: the 成文日期 of GB/T 9704, in Arabic numerals without
 * leading zeros. Anything else is returned as it is (it is escaped by the caller), so a date
 * the user typed in another form is still printed rather than silently dropped.
 */
export function formatChineseDate(date: string): string {
  const match = ISO_DATE.exec(date.trim());
  if (match === null) return date.trim();
  const [, year, month, day] = match;
  return `${String(Number(year))}年${String(Number(month))}月${String(Number(day))}日`;
}
