import type { RestoredDocument } from '../../../report/document';
import { diffDocuments } from '../../../storage/documentDiff';
import type { OpenedRevision } from '../../../storage/revisions';
import { documentFacts } from './documentFacts';
import { ProblemList } from '../../common/ProblemList';
import { describeDiff } from './revisionText';

interface RevisionPreviewProps {
  readonly revision: OpenedRevision;
  readonly current: RestoredDocument;
}

/** Read-only summary of a snapshot, and how it differs from what is on screen now. */
export function RevisionPreview({ revision, current }: RevisionPreviewProps) {
  const doc = revision.document;
  if (doc === null) {
    return (
      <div className="revision-preview">
        <p>这个快照无法读取：</p>
        <ProblemList problems={revision.problems} />
      </div>
    );
  }
  const facts = documentFacts(doc);
  return (
    <div className="revision-preview" aria-label="快照预览">
      <dl className="revision-preview__facts">
        <dt>标题</dt>
        <dd>{facts.title}</dd>
        <dt>年度</dt>
        <dd>{facts.year}年</dd>
        <dt>版本</dt>
        <dd>{facts.edition}</dd>
        <dt>表格</dt>
        <dd>
          已填 {facts.filledCells} / {facts.inputCells} 个单元格
        </dd>
        <dt>与当前内容相比</dt>
        <dd>{describeDiff(diffDocuments(doc, current), current.format)}</dd>
      </dl>
      {facts.sections.map((s) => (
        <div key={s.heading} className="revision-preview__section">
          <h4>{s.heading}</h4>
          <p className="reading">{s.length === 0 ? '（空）' : s.excerpt}</p>
        </div>
      ))}
      {revision.problems.length > 0 ? (
        <ProblemList problems={revision.problems} format={doc.format} />
      ) : null}
    </div>
  );
}
