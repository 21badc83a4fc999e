import type { ExtractedReport } from '../../../io/import/types';
import { definitionOf, PREFACE_NAME, SECTION_KEYS } from '../../../report/definition/editions';
import type { RestoredDocument } from '../../../report/document';

function Paragraphs({ text }: { readonly text: string }) {
  return (
    <div className="import-review__text reading">
      {text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, i) => (
          <p key={i}>{line}</p>
        ))}
    </div>
  );
}

/**
 * The narrative as it was split: the preface (引言) and the sections 一/五/六 under their printed headings.
 * A part the importer did not find is marked, never filled in. Text only (no markup).
 */
export function ReviewNarrative({
  document: doc,
  extracted,
}: {
  readonly document: RestoredDocument;
  readonly extracted: ExtractedReport;
}) {
  const def = definitionOf(doc.format);
  const parts = [
    { key: 'preface', heading: PREFACE_NAME, text: doc.preface, found: extracted.preface !== null },
    ...SECTION_KEYS.map((key) => ({
      key,
      heading: def.sections[key].heading,
      text: doc.sections[key],
      found: extracted.sections[key] !== undefined,
    })),
  ];
  return (
    <>
      {parts.map((part) => (
        <section
          key={part.key}
          className="import-review__part"
          aria-labelledby={`import-review-${part.key}`}
          tabIndex={-1}
          data-section={part.key}
        >
          <h4 id={`import-review-${part.key}`} className="import-review__part-title">
            {part.heading}
          </h4>
          {part.found && part.text.trim() !== '' ? (
            <Paragraphs text={part.text} />
          ) : (
            <p className="import-review__missing">
              <span className="import-review__badge import-review__badge--notFound">未找到</span>
              原文中没有找到这一部分，已留空。
            </p>
          )}
        </section>
      ))}
    </>
  );
}
