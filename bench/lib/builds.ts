import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { APP_DIST, REPO_ROOT } from './paths';

/** Vite warns that these configs import TypeScript without extensions; harmless here. */
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';

const config = (file: string) => fileURLToPath(new URL(file, import.meta.url));

const quiet = { logLevel: 'warn' as const, build: { chunkSizeWarningLimit: 100_000 } };

/** The app's production build (its own vite.config.ts) into bench/results/dist-app. */
export async function buildApp(log: (line: string) => void): Promise<void> {
  log('build: app (production, the app’s own vite.config.ts)');
  await build({
    ...quiet,
    root: REPO_ROOT,
    configFile: `${REPO_ROOT}vite.config.ts`,
    build: { ...quiet.build, outDir: APP_DIST, emptyOutDir: true },
  });
}

/** The four builds the bench measures, each into bench/results (never into the app's dist/). */
export async function buildAll(log: (line: string) => void): Promise<void> {
  await buildApp(log);
  log('build: app (profiling variant, bench/vite.bench.config.ts --mode bench)');
  await build({ ...quiet, configFile: config('../vite.bench.config.ts'), mode: 'bench' });
  log('build: SurveyJS peer (production, bench/vite.peer.config.ts)');
  await build({ ...quiet, configFile: config('../vite.peer.config.ts'), mode: 'production' });
  log('build: SurveyJS peer (profiling variant, --mode bench)');
  await build({ ...quiet, configFile: config('../vite.peer.config.ts'), mode: 'bench' });
}
