import type { Format } from '../../report/definition/types';
import { problemMessage } from '../../report/restore/problemMessages';
import type { Problem } from '../../report/restore/problems';

const SEVERITY_TEXT: Readonly<Record<Problem['severity'], string>> = {
  error: '错误',
  warning: '警告',
  notice: '说明',
};

/** Restore problems in the user's words (all wording comes from problemMessages). */
export function ProblemList({
  problems,
  format,
}: {
  readonly problems: readonly Problem[];
  readonly format?: Format;
}) {
  if (problems.length === 0) return <p>没有发现问题。</p>;
  return (
    <ul className="problem-list" aria-label="问题列表">
      {problems.map((p, i) => (
        <li
          key={`${p.code}-${String(i)}`}
          className={`problem-list__item problem-list__item--${p.severity}`}
        >
          <span className="problem-list__severity">{SEVERITY_TEXT[p.severity]}</span>{' '}
          {problemMessage(p, format)}
        </li>
      ))}
    </ul>
  );
}
