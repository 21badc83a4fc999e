/** Node's error codes for a file that cannot be opened, in the user's words. */
const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取该文件的权限',
  EPERM: '没有读取该文件的权限',
};

/** Why a file could not be read, in Chinese, for every command that reads files. */
export function readErrorReason(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return READ_ERRORS[code] ?? `读取失败${code === '' ? '' : `（${code}）`}`;
}
