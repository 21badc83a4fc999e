import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import appConfig from '../vite.config';
import { APP_PROFILING_DIST } from './lib/paths';
import { PROFILING_ALIAS } from './lib/profilingAlias';

/**
 * The profiling variant of the app, for counting React renders per keystroke:
 * `vite build -c bench/vite.bench.config.ts --mode bench`. The app's own config, plus React's
 * profiling build (render timings) and no minification (component names stay readable).
 * The app's vite.config.ts is not changed.
 */
export default mergeConfig(appConfig, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: PROFILING_ALIAS },
  build: { outDir: APP_PROFILING_DIST, emptyOutDir: true, minify: false },
  logLevel: 'warn',
});
