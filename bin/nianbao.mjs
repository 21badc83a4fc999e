#!/usr/bin/env node
// The command line runs the TypeScript sources directly through tsx (no compile step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main();
