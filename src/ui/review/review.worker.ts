import { reviewFile, type ReviewedUnit } from '../../io/review/reviewFile';
import { analyseUnits } from '../../io/review/reviewSet';
import type { SourcedItem, StartMessage, WorkerMessage } from './protocol';

/**
 * Reads and checks the dropped files off the main thread, posting results in batches (for the
 * progress bar and so the table fills as it goes), then the findings across units.
 */
/** Post at least this often, so the progress bar moves but messages stay few. */
const BATCH_MS = 100;

function post(message: WorkerMessage): void {
  // In a dedicated worker, `self.postMessage(message)` sends to the page (DOM typings say Window).
  self.postMessage(message);
}

async function run({ files, today }: StartMessage): Promise<void> {
  const date = new Date(today);
  const units: ReviewedUnit[] = [];
  let batch: SourcedItem[] = [];
  let last = performance.now();
  for (const [source, file] of files.entries()) {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    for (const item of await reviewFile(file.name, bytes, date)) {
      if (item.kind === 'unit') units.push(item);
      batch.push({ source, item });
    }
    const now = performance.now();
    if (now - last >= BATCH_MS || source === files.length - 1) {
      post({ type: 'progress', done: source + 1, total: files.length, items: batch });
      batch = [];
      last = now;
    }
  }
  if (batch.length > 0)
    post({ type: 'progress', done: files.length, total: files.length, items: batch });
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
  void run(event.data);
});
