import type { SaveStatus } from '../../../storage/autosave';
import { formatWhen } from '../../common/formatTime';

/** The header's one-line save state: 保存中 / 已保存 HH:MM:SS / 未能保存（原因）. */
export function saveStatusText(status: SaveStatus, now: number = Date.now()): string {
  switch (status.kind) {
    case 'saved':
      return status.at > 0 ? `已保存 ${formatWhen(status.at, now)}` : '已保存';
    case 'pending':
    case 'saving':
      return '保存中';
    case 'failed':
      return `未能保存（${status.reason}）`;
    case 'conflict':
      return '未能保存（另一个窗口已修改此报告）';
    case 'binned':
      return '未能保存（此报告已移到回收站）';
  }
}
