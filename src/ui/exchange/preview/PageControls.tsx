import { useId } from 'react';
import type { PagedPreview, ZoomMode } from './usePagedPreview';

const ZOOMS: readonly { readonly mode: ZoomMode; readonly label: string }[] = [
  { mode: 'fit-width', label: '适合宽度' },
  { mode: 'fit-page', label: '整页' },
  { mode: 'actual', label: '100%' },
];

const isZoom = (value: string): value is ZoomMode => ZOOMS.some((z) => z.mode === value);

/** 上一页 / 第 n 页 / 下一页 and the zoom of the paged print preview. */
export function PageControls({ paged }: { readonly paged: PagedPreview }) {
  const total = paged.paging.status === 'ready' ? paged.paging.total : 0;
  const zoomId = useId();
  return (
    <div className="print-preview__pages" role="group" aria-label="翻页和缩放">
      <button
        type="button"
        className="button"
        disabled={total === 0 || paged.current <= 1}
        onClick={() => {
          paged.goTo(paged.current - 1);
        }}
      >
        上一页
      </button>
      <span className="print-preview__page" aria-live="polite">
        {paged.paging.status === 'ready'
          ? `第 ${String(paged.current)} 页`
          : paged.paging.status === 'paging'
            ? '正在分页……'
            : '分页失败，打印不受影响'}
      </span>
      <button
        type="button"
        className="button"
        disabled={total === 0 || paged.current >= total}
        onClick={() => {
          paged.goTo(paged.current + 1);
        }}
      >
        下一页
      </button>
      <label className="print-preview__zoom" htmlFor={zoomId}>
        缩放
      </label>
      <select
        id={zoomId}
        value={paged.zoom}
        onChange={(e) => {
          if (isZoom(e.target.value)) paged.setZoom(e.target.value);
        }}
      >
        {ZOOMS.map((z) => (
          <option key={z.mode} value={z.mode}>
            {z.label}
          </option>
        ))}
      </select>
    </div>
  );
}
