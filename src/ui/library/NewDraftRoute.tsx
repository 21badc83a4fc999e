import { useEffect, useRef, useState } from 'react';
import { createBlankDocument, likelyReportYear } from '../../report/blank';
import { usePersistence } from '../services/context';

/**
 * `#/new`: stores a blank report (agency empty, last year) and opens it. The creation is kept
 * in a ref so React's development double-run of effects cannot create two drafts.
 */
export function NewDraftRoute({ onCreated }: { readonly onCreated: (id: string) => void }) {
  const { reports } = usePersistence();
  const creating = useRef<Promise<string> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let active = true;
    creating.current ??= reports
      .create(createBlankDocument({ agency: '', year: likelyReportYear(new Date()) }))
      .then((meta) => meta.id);
    creating.current.then(
      (id) => {
        if (active) onCreated(id);
      },
      () => {
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, [reports, onCreated]);
  return (
    <main className="persist-message">
      <h1>{failed ? '没能新建报告：浏览器存储暂不可用或空间已满。' : '正在新建报告……'}</h1>
    </main>
  );
}
