import type { ImportEngine } from './engine';
import { EXTRACTORS } from './extractors';

/**
 * The app's importer: the reader for the source's kind (loaded on demand), then the shared
 * step that turns located cells into a report through restore. Loaded itself only when the
 * user imports something other than a JSON file.
 */
export const realEngine: ImportEngine = {
  run: async (source) => {
    const extracted = await EXTRACTORS[source.kind](source.data);
    return Promise.reject(new Error(`暂不能导入（${extracted.sourceKind}）`));
  },
};
