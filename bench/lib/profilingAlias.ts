import type { AliasOptions } from 'vite';

/**
 * React's profiling build instead of its production build: same optimised code, plus render
 * timings (`actualDuration`) on each fiber, which the bench reads through its DevTools hook.
 */
export const PROFILING_ALIAS: AliasOptions = [
  { find: /^react-dom\/client$/, replacement: 'react-dom/profiling' },
];
