import { useState } from 'react';
import { exportFileName, serializeReport } from '../../io/json/exportJson';
import { GENERATOR } from '../../io/generator';
import { Modal } from '../common/Modal';
import { useDrafts } from '../services/useDrafts';
import { usePersistence } from '../services/context';
import type { SourceFile } from './protocol';

/** Reports from this browser's library, added to the review as their contract files. */
export function LibraryPicker({
  onPick,
  onClose,
}: {
  readonly onPick: (files: SourceFile[]) => void;
  readonly onClose: () => void;
}) {
  const { reports } = usePersistence();
  const { lines } = useDrafts();
  const usable = (lines ?? []).filter((l) => l.deletedAt === null && l.readable);
  const [loading, setLoading] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  // The library lists stored summaries only; the chosen reports are read when picked.
  const pick = async () => {
    setLoading(true);
    const files: SourceFile[] = [];
    for (const line of usable) {
      if (!chosen.has(line.id)) continue;
      const loaded = await reports.load(line.id);
      if (loaded?.document == null) continue;
      const text = serializeReport(loaded.document, {
        exportedAt: new Date(loaded.updatedAt),
        generator: GENERATOR,
      });
      files.push({
        name: `报告列表/${exportFileName(loaded.document)}`,
        blob: new Blob([text], { type: 'application/json' }),
      });
    }
    setLoading(false);
    onPick(files);
  };
  return (
    <Modal
      title="从报告列表选择"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            取消
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={chosen.size === 0 || loading}
            onClick={() => {
              void pick();
            }}
          >
            加入审核（{chosen.size}）
          </button>
        </>
      }
    >
      {lines === null ? <p>正在读取……</p> : null}
      {lines !== null && usable.length === 0 ? <p>报告列表中还没有报告。</p> : null}
      {usable.length > 0 ? (
        <>
          <p>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setChosen(new Set(usable.map((l) => l.id)));
              }}
            >
              全选
            </button>
          </p>
          <ul className="review-picker">
            {usable.map((line) => (
              <li key={line.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(line.id)}
                    onChange={() => {
                      toggle(line.id);
                    }}
                  />{' '}
                  {line.title}
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Modal>
  );
}
