const pad = (n: number): string => String(n).padStart(2, '0');

/** `14:05:09` (local time). */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** `2026-01-20 14:05` (local time). */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `2026-01-20 14:05:09` (local time): history entries may be seconds apart. */
export function formatDateTimeSeconds(ms: number): string {
  return `${formatDateTime(ms)}:${pad(new Date(ms).getSeconds())}`;
}

/** The clock alone when `ms` is today, else date and time. */
export function formatWhen(ms: number, now: number = Date.now()): string {
  const a = new Date(ms);
  const b = new Date(now);
  const sameDay =
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate();
  return sameDay ? formatClock(ms) : formatDateTime(ms);
}
