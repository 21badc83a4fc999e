import { classifyLine, narrativeLines } from '../../../report/narrative/headings';

/** The section as it will read: one paragraph per line, headings by level (GB/T 9704). */
export function NarrativePreview({
  text,
  label,
}: {
  readonly text: string;
  readonly label: string;
}) {
  const lines = narrativeLines(text).map(classifyLine);
  return (
    <article className="narrative-preview reading" aria-label={label}>
      {lines.length === 0 ? <p className="narrative-preview__empty">（尚未填写）</p> : null}
      {lines.map((line, i) => {
        const key = `${String(i)}:${line.text}`;
        switch (line.level) {
          case 2:
            return (
              <h3 key={key} className="narrative-preview__l2">
                {line.text}
              </h3>
            );
          case 3:
            return (
              <h4 key={key} className="narrative-preview__l3">
                {line.text}
              </h4>
            );
          case 4:
            return (
              <p key={key} className="narrative-preview__l4">
                {line.text}
              </p>
            );
          case 0:
            return (
              <p key={key} className="narrative-preview__p">
                {line.text}
              </p>
            );
        }
      })}
    </article>
  );
}
