import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { sourceKindName } from '../../../io/import/adapters/registry';
import { definitionOf } from '../../../report/definition/editions';
import type { TableId } from '../../../report/definition/types';
import { titleOf, type RestoredDocument } from '../../../report/document';
import { NavigationContext, type Navigate } from '../../state/navigation';
import {
  matchingReports,
  problemSummary,
  type ExistingReport,
  type ImportDecision,
} from '../importFlow';
import { CellSource } from './CellSource';
import type { BuiltImport, ImportEngine } from './engine';
import type { ImportSource } from './importSource';
import { realEngine } from './realEngine';
import { ReviewChecks } from './ReviewChecks';
import { ReviewChoice } from './ReviewChoice';
import { ReviewLegend } from './ReviewLegend';
import { importFindings, nextYearCandidates, cellsById } from './reviewModel';
import { ReviewNarrative } from './ReviewNarrative';
import { ReviewProblems } from './ReviewProblems';
import { ReviewTable } from './ReviewTable';
import './importer.css';

export interface ImportReviewProps {
  readonly source: ImportSource;
  readonly existing: readonly ExistingReport[];
  /** Set while the caller stores the report: every control is disabled. */
  readonly busy: boolean;
  readonly onDecide: (decision: ImportDecision, doc: RestoredDocument) => void;
  readonly onCancel: () => void;
  /** 选择其他文件: back to the import dialog's first step. */
  readonly onOther: () => void;
  /** The importer; tests hand in their own. */
  readonly engine?: ImportEngine;
}

type Run =
  | { readonly kind: 'running' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'built'; readonly built: BuiltImport };

const TABLE_ORDER: readonly TableId[] = ['proactive', 'applications', 'review', 'disclosureStats'];

/**
 * 核对导入的报告: a published report (web page, Word, PDF, text, pasted page) as it was read —
 * the tables in the printed layout with every cell's origin, the narrative as split, the
 * import problems and the check results — before anything is stored.
 */
export default function ImportReview(props: ImportReviewProps) {
  const { source, engine = realEngine } = props;
  const [run, setRun] = useState<Run>({ kind: 'running' });
  useEffect(() => {
    // A review is mounted per source (the dialog goes back to its first step in between).
    let live = true;
    engine.run(source).then(
      (built) => {
        if (live) setRun({ kind: 'built', built });
      },
      (error: unknown) => {
        if (live)
          setRun({
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [engine, source]);

  if (run.kind === 'running') {
    return (
      <p role="status" className="import-review__status">
        正在读取“{source.name}”……
      </p>
    );
  }
  const built = run.kind === 'built' ? run.built : null;
  if (built?.document == null) {
    return (
      <section className="import-dialog__review" aria-label="检查结果">
        <p className="import-dialog__verdict import-dialog__verdict--refused">
          无法导入“{source.name}”，未做任何改动。
        </p>
        {run.kind === 'failed' ? <p role="alert">{run.message}</p> : null}
        {built === null ? null : (
          <ReviewProblems problems={built.problems} onLocate={() => undefined} />
        )}
        <div className="import-dialog__actions">
          <button type="button" className="button import-dialog__other" onClick={props.onOther}>
            选择其他文件
          </button>
          <button type="button" className="button" onClick={props.onCancel}>
            关闭
          </button>
        </div>
      </section>
    );
  }
  return <BuiltReview {...props} built={built} document={built.document} />;
}

function BuiltReview(
  props: ImportReviewProps & { readonly built: BuiltImport; readonly document: RestoredDocument },
) {
  const { built, document: doc, source } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  // Once read, focus goes to the report (the chosen file's input is gone): the keys scroll it,
  // Tab reaches each table's cells, the source panel and the choice.
  useEffect(() => {
    reportRef.current?.focus();
  }, []);
  const [selected, setSelected] = useState<string | null>(null);
  const [peek, setPeek] = useState<string | null>(null);
  const located = useMemo(() => cellsById(built.extracted.cells), [built]);
  const findings = useMemo(() => importFindings(doc, new Date()), [doc]);
  const matches = useMemo(() => matchingReports(doc, props.existing), [doc, props.existing]);
  const candidates = useMemo(() => nextYearCandidates(doc, props.existing), [doc, props.existing]);
  const def = definitionOf(doc.format);
  const shownCell = peek ?? selected;

  /**
   * Leads to what a problem or finding is about: a cell (selected), the first cell of a row,
   * a table, or a narrative part. Focus scrolls it into view.
   */
  const locate = useCallback((place: string) => {
    const root = rootRef.current;
    if (root === null) return;
    const [first, second, third] = place.split('.');
    const target =
      first === 'sections'
        ? root.querySelector<HTMLElement>(`[data-section="${second ?? ''}"]`)
        : third !== undefined
          ? root.querySelector<HTMLElement>(`[data-cell="${place}"]`)
          : second !== undefined
            ? root.querySelector<HTMLElement>(`[data-cell^="${place}."]`)
            : root.querySelector<HTMLElement>(`[data-table="${place}"]`);
    const cell = target?.dataset.cell;
    if (cell !== undefined) setSelected(cell);
    target?.focus();
  }, []);
  const navigate = useCallback<Navigate>(
    (target) => {
      if (target.focus.kind === 'cell') locate(target.focus.id);
      else if (target.focus.kind === 'section') {
        const key = target.focus.key;
        locate(`sections.${key}`);
      }
    },
    [locate],
  );
  const select = useCallback((cell: string) => {
    setSelected((current) => (current === cell ? null : cell));
  }, []);

  const facts: readonly (readonly [string, string, boolean])[] = [
    [
      '来源',
      source.origin === 'paste'
        ? `${source.name}（${sourceKindName(built.extracted.sourceKind)}）`
        : `${sourceKindName(built.extracted.sourceKind)}“${source.name}”`,
      true,
    ],
    ['标题', titleOf(doc), built.extracted.title !== null],
    [
      '机关名称',
      doc.agency.trim() === '' ? '（未找到）' : doc.agency,
      built.extracted.agency !== null,
    ],
    ['报告年度', `${String(doc.year)}年`, built.extracted.year !== null],
    ['报告格式', `${doc.format} 版（${def.notice}）`, built.extracted.format !== null],
  ];

  return (
    <NavigationContext.Provider value={navigate}>
      <div className="import-review" ref={rootRef}>
        <div className="import-review__head">
          <dl className="import-dialog__facts import-review__facts">
            {facts.map(([term, value, found]) => (
              <div key={term} className="import-review__fact">
                <dt>{term}</dt>
                <dd className={found ? undefined : 'import-review__unsure'}>
                  {value}
                  {found ? null : (
                    <span className="import-review__fact-note">（未在原文中找到）</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <ReviewLegend cells={built.extracted.cells} />
        </div>
        <div className="import-review__main">
          <div
            ref={reportRef}
            className="import-review__report"
            tabIndex={-1}
            role="region"
            aria-label="导入的报告"
          >
            <h3 className="import-review__heading">表格（按原文读取）</h3>
            {TABLE_ORDER.filter((id) => doc.tables[id] !== null).map((id) => (
              <section
                key={id}
                className="import-review__block"
                aria-labelledby={`import-review-${id}`}
                data-table={id}
                tabIndex={-1}
              >
                <h4 id={`import-review-${id}`} className="import-review__part-title">
                  {def.tables[id].shortName} {def.tables[id].title}
                </h4>
                <ReviewTable
                  document={doc}
                  tableId={id}
                  located={located}
                  selected={selected}
                  onSelect={select}
                  onPeek={setPeek}
                />
              </section>
            ))}
            <h3 className="import-review__heading">文字部分</h3>
            <ReviewNarrative document={doc} extracted={built.extracted} />
          </div>
          <aside className="import-review__side" aria-label="原文与检查">
            <section className="import-review__panel">
              <h3 className="import-review__heading">原文</h3>
              <CellSource
                document={doc}
                cell={shownCell}
                located={shownCell === null ? undefined : located.get(shownCell)}
              />
            </section>
            <section className="import-review__panel">
              <h3 className="import-review__heading">导入中的问题</h3>
              <p className="import-dialog__verdict">{problemSummary(built.problems)}</p>
              <ReviewProblems problems={built.problems} onLocate={locate} />
            </section>
            <section className="import-review__panel">
              <h3 className="import-review__heading">检查结果</h3>
              <ReviewChecks document={doc} findings={findings} />
            </section>
          </aside>
        </div>
        <ReviewChoice
          year={doc.year}
          matches={matches}
          candidates={candidates}
          busy={props.busy}
          onDecide={(decision) => {
            props.onDecide(decision, doc);
          }}
          onCancel={props.onCancel}
        />
      </div>
    </NavigationContext.Provider>
  );
}
