import { PEER_DIST, PEER_PROFILING_DIST } from '../lib/paths';
import type { Target } from './target';

/** The SurveyJS peer (bench/peer): 表三 as a matrixdropdown, filled with the same sample. */
export const surveyjs: Target = {
  key: 'surveyjs',
  label: 'SurveyJS',
  dist: PEER_DIST,
  profilingDist: PEER_PROFILING_DIST,
  path: '/',
  start: { target: 'table input[type="number"]', steps: [] },
  cells: 'table input[type="number"]',
  prepareStorage: () =>
    Promise.resolve({ state: undefined, note: 'values built into the page (no storage)' }),
};
