/**
 * Failed IndexedDB writes, classified for the user. Browsers report a full disk as
 * `QuotaExceededError`, but Dexie and Chromium sometimes wrap it in an `AbortError` (the
 * transaction aborted because a request inside it failed), so the whole chain is inspected.
 */
function errorChain(error: unknown): { readonly name: string; readonly message: string }[] {
  const chain: { name: string; message: string }[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (
    typeof current === 'object' &&
    current !== null &&
    !seen.has(current) &&
    chain.length < 8
  ) {
    seen.add(current);
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    chain.push({
      name: typeof e.name === 'string' ? e.name : '',
      message: typeof e.message === 'string' ? e.message : '',
    });
    current = e.inner ?? e.cause;
  }
  return chain;
}

export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some((e) => e.name === 'QuotaExceededError' || /quota/i.test(e.message));
}

/** The database was closed under us (another tab opened a newer version of the app). */
export function isClosedError(error: unknown): boolean {
  return errorChain(error).some(
    (e) => e.name === 'DatabaseClosedError' || e.name === 'VersionError',
  );
}

/** Why a write failed, in words for the status line: 未能保存（…）. */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) return '浏览器存储空间已满';
  if (isClosedError(error)) return '数据库已关闭：另一个窗口打开了新版本的年报';
  const first = errorChain(error)[0];
  if (first?.name === 'InvalidStateError') return '浏览器存储暂不可用';
  return first === undefined || first.name === ''
    ? '浏览器存储出错'
    : `浏览器存储出错：${first.name}`;
}
