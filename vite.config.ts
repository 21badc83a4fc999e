import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { pdfjsCMaps } from './build/pdfjsCMaps.ts';
import { pwaPlugin } from './pwa.config.ts';

// Unit tests live beside the code (`name.test.ts`). Browser journeys are in e2e/ and run
// through Playwright, not Vitest.
const nodeTests = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];
// src/ui and src/storage need a DOM (React rendering, IndexedDB through fake-indexeddb).
const domTests = ['src/ui/**/*.test.{ts,tsx}', 'src/storage/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react(), pdfjsCMaps(), pwaPlugin()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      // grid-harness.html is a development page for the table grid (src/ui/grid/harness.tsx),
      // built too so that the browser tests can open it under `vite preview`.
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        gridHarness: fileURLToPath(new URL('grid-harness.html', import.meta.url)),
      },
    },
  },
  // The 汇总审核 worker as an ES module (it is started with `type: 'module'`): its readers'
  // dynamic imports (pdf.js, exceljs, the Word reader) stay separate chunks, loaded when a file
  // of that kind comes, instead of one 481 kB (gzip) worker that inlines them all.
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    port: 5173,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  test: {
    environment: 'node',
    // Some tests do real, CPU-bound work: a whole DOCX/XLSX/报送包 written (1–2 s on a quiet
    // core), the editor rendered in jsdom. CI shares two cores with other work, where such a
    // test took over Vitest's default 5 s at a load average of 23. No test waits on a timer or
    // a race, so a longer limit only spares CPU-bound work from the machine's load.
    testTimeout: 20_000,
    // The DOM environment is chosen by folder through two Vitest projects (not by a
    // per-file `// @vitest-environment jsdom` comment), so nobody has to remember it:
    //   node — everything, except src/ui and src/storage
    //   dom  — src/ui and src/storage, in jsdom
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: nodeTests,
          exclude: [...domTests, 'node_modules/**', 'dist/**', 'e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: domTests,
          environment: 'jsdom',
        },
      },
    ],
  },
});
