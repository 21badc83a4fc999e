import type { LocatedCell } from '../../../io/import/types';
import { cellId, parseCellId, readCell } from '../../../report/cells';
import type { RestoredDocument } from '../../../report/document';
import { buildGeometry } from '../../grid/gridGeometry';
import { describeValue } from '../../grid/gridText';
import { definitionOf } from '../../../report/definition/editions';
import { STATUS_TEXT } from './reviewModel';

/**
 * 原文: where the cell under the pointer or focus (else the chosen one) came from. The source
 * text is shown as text, never as markup: it comes from an untrusted document.
 */
export function CellSource(props: {
  readonly document: RestoredDocument;
  readonly cell: string | null;
  readonly located: LocatedCell | undefined;
}) {
  const { cell, located } = props;
  const ref = cell === null ? null : parseCellId(cell);
  if (ref === null) {
    return (
      <p className="hint import-review__source-empty">
        指向或选中左侧表格中的单元格，这里显示它在原文中的文字。
      </p>
    );
  }
  const slot = buildGeometry(definitionOf(props.document.format), ref.table).byId.get(cellId(ref));
  const value = readCell(props.document, ref);
  const status = slot?.computed === true ? null : (located?.status ?? 'notFound');
  return (
    <dl className="import-review__source" aria-live="polite">
      <dt>单元格</dt>
      <dd>
        {definitionOf(props.document.format).tables[ref.table].shortName} {slot?.label ?? cell}
      </dd>
      <dt>导入的值</dt>
      <dd>{slot === undefined ? String(value) : describeValue(value, slot.kind)}</dd>
      <dt>状态</dt>
      <dd>
        {status === null ? (
          '自动计算（由各行相加，不从原文读取）'
        ) : (
          <span className={`import-review__badge import-review__badge--${status}`}>
            {STATUS_TEXT[status]}
          </span>
        )}
      </dd>
      {status === 'read' || located?.source !== undefined ? (
        <>
          <dt>原文</dt>
          <dd>
            <q className="import-review__quote">{located?.source ?? ''}</q>
          </dd>
        </>
      ) : null}
      {status === 'inferred' ? (
        <>
          <dt>推断方式</dt>
          <dd>{located?.how ?? '（未说明）'}</dd>
        </>
      ) : null}
      {status === 'notFound' ? (
        <>
          <dt>说明</dt>
          <dd>原文中没有找到这个单元格，已留空（不是 0），创建后请核对填写。</dd>
        </>
      ) : null}
    </dl>
  );
}
