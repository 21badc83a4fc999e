import { fileURLToPath } from 'node:url';

/** Folders of the bench; builds and results all live under bench/results (git-ignored). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
export const APP_DIST = `${RESULTS_DIR}dist-app`;
export const APP_PROFILING_DIST = `${RESULTS_DIR}dist-app-profiling`;
export const PEER_DIST = `${RESULTS_DIR}dist-peer`;
export const PEER_PROFILING_DIST = `${RESULTS_DIR}dist-peer-profiling`;
/** The report the editor opens: the 2021 sample, the size of a real report. */
export const SAMPLE_REPORT = fileURLToPath(
  new URL('../../fixtures/reports/sample-2021.json', import.meta.url),
);
