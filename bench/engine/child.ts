/**
 * One engine measurement in its own Node process (`node --expose-gc --import tsx
 * bench/engine/child.ts <runs> <reports>`): prints the EngineResult as JSON on stdout. The bench
 * starts several of these, so no figure depends on what one process compiled or collected.
 */
import { measureEngine } from '../measure/engine';

const runs = Number(process.argv[2] ?? '3');
const reports = Number(process.argv[3] ?? '1000');
process.stdout.write(JSON.stringify(measureEngine(runs, reports)));
