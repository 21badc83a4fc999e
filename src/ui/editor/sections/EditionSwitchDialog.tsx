import { useMemo } from 'react';
import { EDITIONS } from '../../../report/definition/editions';
import type { Format } from '../../../report/definition/types';
import {
  editionDifferences,
  switchEdition,
  valuesOutsideEdition,
} from '../../../report/editionSwitch';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { useReportStore } from '../../state/hooks';
import { rowChanges } from './editionChanges';

interface EditionSwitchDialogProps {
  /** The edition to switch to; the dialog is closed while `null`. */
  readonly target: Format | null;
  readonly onClose: () => void;
  /** Called after the switch, with the new edition. */
  readonly onSwitched?: (format: Format) => void;
}

function editionName(format: Format): string {
  return `${format} 版（${EDITIONS[format].notice}）`;
}

/**
 * Confirms an edition switch, listing the rows and columns that differ between the two editions.
 * The switch deletes nothing: values the new edition has no place for stay in the report.
 */
export function EditionSwitchDialog({ target, onClose, onSwitched }: EditionSwitchDialogProps) {
  const store = useReportStore();
  const current = store.document.format;
  const details = useMemo(() => {
    if (target === null || target === current) return null;
    const differences = editionDifferences(current, target);
    const kept = valuesOutsideEdition(switchEdition(store.document, target).doc).length;
    return {
      leaving: rowChanges(differences.filter((d) => d.kind === `onlyIn${current}`)),
      arriving: rowChanges(differences.filter((d) => d.kind === `onlyIn${target}`)),
      kept,
      // The tables that differ, in print order and in the form's words (表二和表三 today).
      tables: [...new Set(differences.map((d) => d.tableName))].join('和'),
    };
  }, [store, current, target]);
  if (target === null || details === null) return null;
  return (
    <ConfirmDialog
      open
      title={`改用 ${editionName(target)}格式？`}
      confirmLabel={`改用 ${target} 版`}
      onCancel={onClose}
      onConfirm={() => {
        store.update((doc) => switchEdition(doc, target).doc, {
          kind: 'edition-switch',
          label: `改用 ${target} 版格式`,
        });
        onClose();
        onSwitched?.(target);
      }}
    >
      <p>两版格式的{details.tables}有以下不同：</p>
      <div className="edition-diff">
        <ChangeList title={`仅 ${current} 版有`} changes={details.leaving} />
        <ChangeList title={`仅 ${target} 版有`} changes={details.arriving} />
      </div>
      <p>
        {target} 版没有的行和列，其中已填写的数据仍保留在报告中，并在“检查结果”中列出，
        <strong>不会删除</strong>；{target} 版新增的行和列为空白，合计按 {target} 版重新计算。
      </p>
      {details.kept > 0 ? (
        <p className="edition-diff__kept">
          目前有 {details.kept} 个已填写的单元格不属于 {target} 版，切换后将保留并列出。
        </p>
      ) : null}
      <p className="hint">切换后可用“撤销”恢复，也可以随时切换回来。</p>
    </ConfirmDialog>
  );
}

function ChangeList({
  title,
  changes,
}: {
  readonly title: string;
  readonly changes: readonly { label: string; columns: readonly string[] }[];
}) {
  return (
    <section className="edition-diff__side">
      <h3>{title}</h3>
      {changes.length === 0 ? (
        <p>无</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c.label}>
              {c.label}
              {c.columns.length === 0 ? '（整行）' : `：${c.columns.join('、')}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
