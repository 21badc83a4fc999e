import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { PEER_DIST, PEER_PROFILING_DIST, SAMPLE_REPORT } from './lib/paths';
import { PROFILING_ALIAS } from './lib/profilingAlias';
import { peerTable } from './peer/peerTable';

/**
 * The SurveyJS peer (bench/peer) as a production build, like the app: `vite build -c
 * bench/vite.peer.config.ts`. With `--mode bench` it is the profiling variant (React profiling
 * build, unminified so component names can be counted).
 */
export default defineConfig(({ mode }) => {
  const profiling = mode === 'bench';
  const { json, data } = peerTable(SAMPLE_REPORT);
  return {
    root: fileURLToPath(new URL('peer', import.meta.url)),
    base: '/',
    plugins: [react()],
    define: {
      __PEER_SURVEY_JSON__: JSON.stringify(json),
      __PEER_SURVEY_DATA__: JSON.stringify(data),
    },
    resolve: profiling ? { alias: PROFILING_ALIAS } : {},
    build: {
      target: 'es2022',
      outDir: profiling ? PEER_PROFILING_DIST : PEER_DIST,
      emptyOutDir: true,
      minify: !profiling,
    },
    logLevel: 'warn',
  };
});
