/**
 * A new report id. `crypto.randomUUID` exists only in secure contexts (https, localhost); the
 * app may also be opened from a plain-http intranet address, so fall back to random bytes.
 */
export function newReportId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
