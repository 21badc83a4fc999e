import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { definitionOf } from '../../report/definition/editions';
import { derivedTitle, titleOf, type RestoredDocument } from '../../report/document';
import type { ImportSource } from './published/importSource';
import { PasteArea } from './published/PasteArea';
import { ACCEPTED_EXTENSIONS, refusalOfSource, routeOfFile } from './published/sourceKind';
import { formatDateTime } from '../common/formatTime';
import {
  problemSummary,
  reviewFileSize,
  reviewImportBytes,
  type ExistingReport,
  type ImportDecision,
  type ImportReview,
  type ProblemLine,
} from './importFlow';
import { useModalDialog } from '../common/useModalDialog';
import './exchange.css';

/**
 * The review of a published report (web page, Word, PDF, text, paste) and the readers behind
 * it load only when such a source is chosen: the JSON import stays as light as it was.
 */
const ImportReview = lazy(() => import('./published/ImportReview'));

export interface ImportDialogProps {
  /** Stored reports; one of the same agency and year can be replaced instead of adding one. */
  readonly existing: readonly ExistingReport[];
  /**
   * The user's decision, made after seeing every problem. The caller writes the report (and,
   * for `replace`, saves a revision snapshot first). When it returns (or its promise resolves)
   * the dialog calls `onClose`; if the promise rejects, the dialog shows the error and stays.
   */
  readonly onImport: (decision: ImportDecision, doc: RestoredDocument) => void | Promise<void>;
  /** Closed: after an import, or by 取消/关闭/Esc without any change. The caller unmounts it. */
  readonly onClose: () => void;
  /** A file the user already chose (e.g. dropped on the drafts library): read at once. */
  readonly initialFile?: File;
}

type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'read'; readonly fileName: string; readonly bytes: Uint8Array }
  /** A published report to read and review (not a JSON file). */
  | { readonly kind: 'source'; readonly source: ImportSource }
  | { readonly kind: 'refused'; readonly fileName: string; readonly review: ImportReview };

type ReadyReview = Extract<ImportReview, { kind: 'ready' }>;

/** The file's bytes (a JSON file's are decoded by the review; a published report goes to the
 * importer), or why it was not read; never throws. */
async function readStep(file: File): Promise<Step | string> {
  const route = routeOfFile(file.name);
  if (route === 'document') {
    const refusal = refusalOfSource(file.name, file.size);
    if (refusal !== null) return refusal;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return { kind: 'source', source: { origin: 'file', name: file.name, bytes } };
    } catch {
      return `无法读取文件“${file.name}”。`;
    }
  }
  if (route === null) {
    const refusal = refusalOfSource(file.name, file.size);
    if (refusal !== null) return refusal;
  }
  const tooLarge = reviewFileSize(file.size);
  if (tooLarge !== null) return { kind: 'refused', fileName: file.name, review: tooLarge };
  try {
    return { kind: 'read', fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return `无法读取文件“${file.name}”。`;
  }
}

/**
 * 导入: choose or drop a report file; every problem restore found is listed before anything
 * changes; then 作为新报告导入, or 替换现有报告 when a report of the same agency and year exists.
 * A refused file lists why and offers nothing to import. A published report (web page, Word,
 * PDF, text, Excel, or the page pasted) goes to the review screen, in the same dialog, before
 * anything is stored.
 */
export function ImportDialog({ existing, onImport, onClose, initialFile }: ImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const inputId = useId();
  const [step, setStep] = useState<Step>(() =>
    initialFile === undefined
      ? { kind: 'choose' }
      : { kind: 'reading', fileName: initialFile.name },
  );
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useModalDialog(dialogRef);

  // Only the latest chosen file counts (a slow read of an earlier one is dropped).
  const readSerial = useRef(0);
  const readFile = async (file: File): Promise<void> => {
    const serial = ++readSerial.current;
    setFailure(null);
    setStep({ kind: 'reading', fileName: file.name });
    const next = await readStep(file);
    if (serial !== readSerial.current) return;
    if (typeof next === 'string') {
      setStep({ kind: 'choose' });
      setFailure(next);
    } else {
      setStep(next);
    }
  };

  useEffect(() => {
    if (initialFile === undefined) return;
    let current = true;
    void readStep(initialFile).then((next) => {
      if (!current) return;
      if (typeof next === 'string') {
        setStep({ kind: 'choose' });
        setFailure(next);
      } else {
        setStep(next);
      }
    });
    return () => {
      current = false;
    };
  }, [initialFile]);

  // Matches follow the live list of stored reports while the dialog is open.
  const bytes = step.kind === 'read' ? step.bytes : null;
  const review = useMemo(
    () => (bytes === null ? null : reviewImportBytes(bytes, existing)),
    [bytes, existing],
  );
  const shown: ImportReview | null = step.kind === 'refused' ? step.review : review;

  const decide = async (decision: ImportDecision, doc: RestoredDocument): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      await onImport(decision, doc);
    } catch (error) {
      setBusy(false);
      setFailure(`导入没有完成：${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    onClose();
  };

  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file !== undefined && !busy) void readFile(file);
  };

  const toChoose = (): void => {
    readSerial.current += 1;
    setFailure(null);
    setStep({ kind: 'choose' });
  };
  const reviewing = step.kind === 'source';
  const dialogClass = [
    'import-dialog',
    reviewing ? 'import-dialog--review' : '',
    dragging ? 'import-dialog--dragging' : '',
  ]
    .filter((c) => c !== '')
    .join(' ');

  return (
    <dialog
      ref={dialogRef}
      className={dialogClass}
      aria-labelledby={titleId}
      aria-busy={busy || step.kind === 'reading'}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={onDrop}
    >
      <h2 id={titleId} className="import-dialog__title">
        {reviewing ? '核对导入的报告' : '导入年报文件'}
      </h2>
      <div className="import-dialog__body">
        {step.kind === 'source' ? (
          <Suspense fallback={<p role="status">正在载入导入程序……</p>}>
            <ImportReview
              source={step.source}
              existing={existing}
              busy={busy}
              onDecide={(decision, doc) => void decide(decision, doc)}
              onCancel={onClose}
              onOther={toChoose}
            />
          </Suspense>
        ) : null}
        {shown === null && !reviewing ? (
          <div className="import-dialog__choose">
            <p>
              选择从“年报”导出的 JSON 文件，或已发布的年报（网页、Word、PDF、文本或 Excel
              文件），也可以把文件拖放到此处。导入前会先列出全部问题，确认后才会改动。
            </p>
            <label htmlFor={inputId} className="import-dialog__label">
              年报文件（.json）或已发布的年报
            </label>
            <input
              id={inputId}
              className="import-dialog__input"
              type="file"
              accept={ACCEPTED_EXTENSIONS}
              disabled={step.kind === 'reading'}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file !== undefined) void readFile(file);
              }}
            />
            {step.kind === 'reading' ? <p role="status">正在读取“{step.fileName}”…</p> : null}
            <PasteArea
              disabled={step.kind === 'reading'}
              onSource={(source) => {
                readSerial.current += 1;
                setFailure(null);
                setStep({ kind: 'source', source });
              }}
            />
          </div>
        ) : null}
        {shown?.kind === 'refused' && (step.kind === 'refused' || step.kind === 'read') ? (
          <RefusedFile fileName={step.fileName} problems={shown.problems} />
        ) : null}
        {shown?.kind === 'ready' && step.kind === 'read' ? (
          <ReadyFile fileName={step.fileName} review={shown} matchIdPrefix={titleId} />
        ) : null}
        {failure === null ? null : (
          <p role="alert" className="import-dialog__failure">
            {failure}
          </p>
        )}
      </div>
      {/* The review has its own choices and buttons. */}
      <div className="import-dialog__actions" hidden={reviewing}>
        {shown === null ? null : (
          <button
            type="button"
            className="button import-dialog__other"
            disabled={busy}
            onClick={toChoose}
          >
            选择其他文件
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          {shown?.kind === 'ready' ? '取消' : '关闭'}
        </button>
        {shown?.kind === 'ready'
          ? shown.matches.map((match) => (
              <button
                key={match.id}
                type="button"
                className="button"
                disabled={busy}
                aria-describedby={`${titleId}-match-${match.id}`}
                onClick={() => void decide({ kind: 'replace', reportId: match.id }, shown.document)}
              >
                替换现有报告（先保存修订快照）
              </button>
            ))
          : null}
        {shown?.kind === 'ready' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void decide({ kind: 'new' }, shown.document)}
          >
            作为新报告导入
          </button>
        ) : null}
      </div>
    </dialog>
  );
}

function ProblemList({ problems }: { readonly problems: readonly ProblemLine[] }) {
  return (
    <ol className="import-problems" aria-label="文件中的问题">
      {problems.map((p, i) => (
        <li key={i} className={`import-problems__item import-problems__item--${p.severity}`}>
          <span className="import-problems__severity">{p.severityText}</span>
          <span className="import-problems__message">{p.message}</span>
        </li>
      ))}
    </ol>
  );
}

function RefusedFile(props: {
  readonly fileName: string;
  readonly problems: readonly ProblemLine[];
}) {
  return (
    <section className="import-dialog__review" aria-label="检查结果">
      <p className="import-dialog__verdict import-dialog__verdict--refused">
        无法导入“{props.fileName}”，未做任何改动。
      </p>
      <ProblemList problems={props.problems} />
    </section>
  );
}

interface ReadyFileProps {
  readonly fileName: string;
  readonly review: ReadyReview;
  /** Prefix of the ids that the 替换 buttons point at (aria-describedby). */
  readonly matchIdPrefix: string;
}

function ReadyFile({ fileName, review, matchIdPrefix }: ReadyFileProps) {
  const doc = review.document;
  return (
    <section className="import-dialog__review" aria-label="检查结果">
      <dl className="import-dialog__facts">
        <dt>文件</dt>
        <dd>{fileName}</dd>
        <dt>标题</dt>
        <dd>{titleOf(doc)}</dd>
        <dt>机关名称</dt>
        <dd>{doc.agency.trim() === '' ? '（未填写）' : doc.agency}</dd>
        <dt>报告年度</dt>
        <dd>{doc.year}年</dd>
        <dt>报告格式</dt>
        <dd>
          {doc.format} 版（{definitionOf(doc.format).notice}）
        </dd>
      </dl>
      <p className="import-dialog__verdict">{problemSummary(review.problems)}</p>
      {review.problems.length > 0 ? (
        <>
          <ProblemList problems={review.problems} />
          <p className="hint">以上处理在导入后生效；现在取消，不会有任何改动。</p>
        </>
      ) : null}
      {review.matches.length > 0 ? (
        <div className="import-dialog__matches">
          <p>已有同一机关、同一年度的报告。替换前会先把它保存为修订快照，可在历史版本中找回：</p>
          <ul>
            {review.matches.map((m) => (
              <li key={m.id} id={`${matchIdPrefix}-match-${m.id}`}>
                {m.title ?? derivedTitle(m.agency, m.year ?? 0)}（最后修改于{' '}
                {formatDateTime(m.updatedAt)}）
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
