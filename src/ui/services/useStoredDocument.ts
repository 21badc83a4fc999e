import { useEffect, useState } from 'react';
import type { RestoredDocument } from '../../report/document';
import { usePersistence } from './context';

/**
 * A stored report's document, read when it is asked for (the library's lines carry only
 * summaries). `undefined` while reading; `null` when it is gone or unreadable.
 */
export function useStoredDocument(id: string): RestoredDocument | null | undefined {
  const { reports } = usePersistence();
  const [loaded, setLoaded] = useState<{
    readonly id: string;
    readonly document: RestoredDocument | null;
  } | null>(null);
  useEffect(() => {
    if (id === '') return undefined;
    let live = true;
    reports.load(id).then(
      (report) => {
        if (live) setLoaded({ id, document: report?.document ?? null });
      },
      () => {
        if (live) setLoaded({ id, document: null });
      },
    );
    return () => {
      live = false;
    };
  }, [reports, id]);
  if (id === '') return null;
  return loaded?.id === id ? loaded.document : undefined;
}
