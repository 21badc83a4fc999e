import { useId, useState, type ClipboardEvent } from 'react';
import { PASTE_NAME, type ImportSource } from './importSource';

/**
 * What the clipboard holds after copying a published report: the page's HTML when it came
 * from a browser or Word (tables keep their cells) and its plain text. null: nothing usable.
 */
export function pastedSource(html: string, text: string): ImportSource | null {
  if (html.trim() === '' && text.trim() === '') return null;
  return { origin: 'paste', name: PASTE_NAME, html, text };
}

async function readClipboard(): Promise<ImportSource | null> {
  const items = await navigator.clipboard.read();
  let html = '';
  let text = '';
  for (const item of items) {
    if (html === '' && item.types.includes('text/html'))
      html = await (await item.getType('text/html')).text();
    if (text === '' && item.types.includes('text/plain'))
      text = await (await item.getType('text/plain')).text();
  }
  return pastedSource(html, text);
}

/**
 * 粘贴: the report copied from its web page, Word or a PDF viewer (全选, 复制), pasted here with
 * Ctrl+V — the paste event carries the HTML too — or read by the button through the clipboard
 * API where the browser allows it. The text is handed on, never shown as markup.
 */
export function PasteArea({
  disabled,
  onSource,
}: {
  readonly disabled: boolean;
  readonly onSource: (source: ImportSource) => void;
}) {
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const take = (source: ImportSource | null) => {
    if (source === null) setMessage('剪贴板中没有文字。请先在网页或文件中全选并复制年报。');
    else {
      setMessage(null);
      onSource(source);
    }
  };
  return (
    <div className="import-dialog__paste">
      <label htmlFor={`${id}-area`} className="import-dialog__label">
        或粘贴复制的年报
      </label>
      <textarea
        id={`${id}-area`}
        className="input import-dialog__paste-area"
        rows={2}
        value=""
        disabled={disabled}
        placeholder="在年报网页、Word 或 PDF 中全选（Ctrl+A）并复制（Ctrl+C），再点这里按 Ctrl+V 粘贴"
        aria-describedby={message === null ? undefined : `${id}-message`}
        onChange={() => undefined}
        onPaste={(e: ClipboardEvent<HTMLTextAreaElement>) => {
          e.preventDefault();
          take(
            pastedSource(
              e.clipboardData.getData('text/html'),
              e.clipboardData.getData('text/plain'),
            ),
          );
        }}
      />
      <button
        type="button"
        className="button button--small"
        disabled={disabled}
        onClick={() => {
          readClipboard().then(take, () => {
            setMessage('浏览器没有允许读取剪贴板。请点上面的框，按 Ctrl+V 粘贴。');
          });
        }}
      >
        读取剪贴板
      </button>
      {message === null ? null : (
        <p id={`${id}-message`} role="alert" className="import-dialog__failure">
          {message}
        </p>
      )}
    </div>
  );
}
