import { reviewReaders } from '../../io/review/readers';
import { reviewFile, type ReviewedUnit } from '../../io/review/reviewFile';
import { analyseUnits } from '../../io/review/reviewSet';
import type { SourceFile, SourcedItem, StartMessage, WorkerMessage } from './protocol';

/**
 * Reads and checks the dropped files off the main thread, posting results in batches (for the
 * progress bar and so the table fills as it goes), then the findings across units.
 */
/** Post at least this often, so the progress bar moves but the page re-renders seldom. */
const BATCH_MS = 250;

function post(message: WorkerMessage): void {
  // In a dedicated worker, `self.postMessage(message)` sends to the page (DOM typings say Window).
  self.postMessage(message);
}

// Published reports in PDF need pdf.js with its worker from the app's own origin.
const readers = reviewReaders({
  pdf: { loadPdfjs: () => import('../exchange/published/pdfInBrowser').then((m) => m.loadPdfjs()) },
});

let total = 0;
let today = new Date();
const queue: SourceFile[] = [];
let running = false;

/** Reads the queued files in arrival order; files keep arriving while it runs. */
async function drain(units: ReviewedUnit[]): Promise<void> {
  let batch: SourcedItem[] = [];
  let last = performance.now();
  let done = 0;
  while (done < total) {
    const file = queue.shift();
    if (file === undefined) {
      // The next chunk of files is on its way from the page.
      await new Promise((resolve) => setTimeout(resolve, 5));
      continue;
    }
    const source = done;
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    for (const item of await reviewFile(file.name, bytes, today, readers)) {
      if (item.kind === 'unit') units.push(item);
      batch.push({ source, item });
    }
    done++;
    const now = performance.now();
    if (now - last >= BATCH_MS || done === total) {
      post({ type: 'progress', done, total, items: batch });
      batch = [];
      last = now;
    }
  }
  const { cross, changes } = analyseUnits(units);
  post({
    type: 'done',
    findings: cross.findings,
    superseded: [...cross.superseded],
    mainYear: cross.mainYear,
    changes: [...changes],
  });
}

self.addEventListener('message', (event: MessageEvent<StartMessage>) => {
  const m = event.data;
  if (m.type === 'start') {
    total = m.total;
    today = new Date(m.today);
    if (!running && total > 0) {
      running = true;
      void drain([]);
    }
    return;
  }
  queue.push(...m.files);
});
