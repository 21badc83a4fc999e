import { useRef, useState } from 'react';
import { REVIEW_READERS } from '../../io/review/readers';
import { droppedFiles, pickedFiles } from './droppedFiles';
import type { SourceFile } from './protocol';

const ACCEPT = REVIEW_READERS.flatMap((r) => r.extensions).join(',');
const KINDS = REVIEW_READERS.map((r) => r.label).join('、');

/** Where files come in: drop files or folders, or choose them, or pick from the library. */
export function DropZone({
  onFiles,
  onLibrary,
  compact,
}: {
  readonly onFiles: (files: SourceFile[]) => void;
  readonly onLibrary: () => void;
  readonly compact: boolean;
}) {
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [dropError, setDropError] = useState<string | null>(null);
  return (
    <section
      className={`review-drop${over ? ' review-drop--over' : ''}${compact ? ' review-drop--compact' : ''}`}
      aria-label="加入报告文件"
      data-testid="review-drop"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        droppedFiles(e.dataTransfer).then(
          (files) => {
            setDropError(null);
            onFiles(files);
          },
          () => {
            setDropError('拖入的文件夹无法读取，请改用“选择文件夹”。');
          },
        );
      }}
    >
      <p className="review-drop__title">把各单位的报告文件或整个文件夹拖到这里</p>
      <p className="review-drop__hint">可以读取：{KINDS}。文件只在这台电脑上读取，不会上传。</p>
      <div className="review-drop__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            filesRef.current?.click();
          }}
        >
          选择文件
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            folderRef.current?.click();
          }}
        >
          选择文件夹
        </button>
        <button type="button" className="button" onClick={onLibrary} aria-haspopup="dialog">
          从报告列表选择
        </button>
      </div>
      {dropError === null ? null : (
        <p role="alert" className="persist-error">
          {dropError}
        </p>
      )}
      <input
        ref={filesRef}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="选择报告文件"
        onChange={(e) => {
          if (e.target.files !== null) onFiles(pickedFiles(e.target.files, false));
          e.target.value = '';
        }}
      />
      <input
        ref={folderRef}
        type="file"
        hidden
        aria-label="选择文件夹"
        // React does not know webkitdirectory; set as attributes so the picker opens folders.
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(e) => {
          if (e.target.files !== null) onFiles(pickedFiles(e.target.files, true));
          e.target.value = '';
        }}
      />
    </section>
  );
}
