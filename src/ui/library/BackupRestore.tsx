import { decodeText } from '../../report/restore/decodeText';
import type { Problem } from '../../report/restore/problems';
import { mergeBackup, type MergeResult } from '../../storage/backupMerge';
import type { StorageContext } from '../../storage/storageContext';
import { entryText, mergeSummary, refusalText, skippedName } from './backupText';
import { ProblemList } from '../common/ProblemList';

/*
 * 从备份恢复: loaded when the user chooses a backup file, not with the library screen.
 */

export type RestoreOutcome =
  | { readonly kind: 'message'; readonly text: string; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'merged';
      readonly result: MergeResult;
      readonly problems: readonly Problem[];
    };

/**
 * Reads a backup file (UTF-8, or GB18030 with a notice, as 导入 does), merges it and says what
 * happened. Never throws; `problems` are how the file was decoded.
 */
export async function restoreBackupFile(ctx: StorageContext, file: File): Promise<RestoreOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { kind: 'message', text: `无法读取文件“${file.name}”。没有做任何改动。`, problems: [] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return {
      kind: 'message',
      text: '备份文件无法读取，没有做任何改动。',
      problems: decoded.problems,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.text);
  } catch {
    return {
      kind: 'message',
      text: '这个文件不是 JSON 格式的备份文件。没有做任何改动。',
      problems: decoded.problems,
    };
  }
  try {
    return { kind: 'merged', result: await mergeBackup(ctx, parsed), problems: decoded.problems };
  } catch {
    return {
      kind: 'message',
      text: '恢复没有完成：浏览器存储暂不可用，或空间已满。已有的报告没有改动。',
      problems: decoded.problems,
    };
  }
}

/** What 从备份恢复 did: the decoding notices, then one line per report of the backup. */
export function RestoreOutcomeView({ outcome }: { readonly outcome: RestoreOutcome }) {
  return (
    <>
      {outcome.kind === 'message' ? (
        <p className="notice notice--suggest" role="status">
          {outcome.text}
        </p>
      ) : null}
      {outcome.problems.length === 0 ? null : <ProblemList problems={outcome.problems} />}
      {outcome.kind === 'merged' ? <MergeSummary result={outcome.result} /> : null}
    </>
  );
}

function MergeSummary({ result }: { readonly result: MergeResult }) {
  if (!result.ok) {
    return (
      <p className="persist-error" role="alert">
        {refusalText(result.reason)}
      </p>
    );
  }
  return (
    <div className="notice notice--suggest" role="status">
      <p>{mergeSummary(result)}</p>
      <ul className="notice__list" aria-label="各份报告的恢复结果">
        {result.entries.map((entry) =>
          entry.outcome === 'skipped' ? (
            <li key={entry.index}>
              {skippedName(entry.index)}无法读取，已跳过：
              <ProblemList problems={entry.problems} />
            </li>
          ) : (
            <li key={entry.index}>
              <strong>{entry.title}</strong>：{entryText(entry)}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
