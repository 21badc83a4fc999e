import type { ExtractedReport, SourceKind } from '../../io/import/types';
import { type ImportSource } from './importSource';

/** Reads one kind of document into located cells. */
export type Extractor = (data: ImportSource['data']) => Promise<ExtractedReport>;

function notYet(kind: SourceKind): Extractor {
  return () => Promise.reject(new Error(`暂不能读取这种文件（${kind}）`));
}

/**
 * One line per kind of source: each reader is a dynamic import, so none of them (nor pdf.js,
 * the zip reader or the HTML parser behind them) is part of the first screen's JavaScript.
 * A new reader plugs in here and nowhere else.
 */
export const EXTRACTORS: Readonly<Record<SourceKind, Extractor>> = {
  html: notYet('html'),
  docx: notYet('docx'),
  pdf: notYet('pdf'),
  text: notYet('text'),
  xlsx: notYet('xlsx'),
};
