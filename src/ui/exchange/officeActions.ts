import { clipboardContent, exportOffice, type OfficeFormat } from '../../io/export/officeExport';
import type { RestoredDocument } from '../../report/document';
import { downloadBytes } from '../common/download';
import { GENERATOR } from '../../io/generator';

/** Builds the office file (its writer loads on demand) and hands it to the browser; its name. */
export async function saveOfficeFile(doc: RestoredDocument, format: OfficeFormat): Promise<string> {
  const file = await exportOffice(doc, format, { exportedAt: new Date(), generator: GENERATOR });
  downloadBytes(file.name, file.bytes, file.type);
  return file.name;
}

/**
 * Copies a format's clipboard form (the portal fragment) as text/html with a text/plain twin. The ClipboardItem is built
 * at once with promised contents, so the browser still sees the user's click (Safari needs
 * that); where ClipboardItem is missing, the plain text is copied.
 */
export async function copyToClipboard(doc: RestoredDocument, format: OfficeFormat): Promise<void> {
  const content = clipboardContent(doc, format);
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard === undefined) throw new Error('此浏览器不允许网页写入剪贴板');
  if (typeof ClipboardItem === 'undefined') {
    await clipboard.writeText((await content).text);
    return;
  }
  const item = new ClipboardItem({
    'text/html': content.then((c) => new Blob([c.html], { type: 'text/html' })),
    'text/plain': content.then((c) => new Blob([c.text], { type: 'text/plain' })),
  });
  await clipboard.write([item]);
}
