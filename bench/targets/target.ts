import type { Browser, BrowserContextOptions } from '@playwright/test';
import type { StartProbeConfig } from '../page/startProbe';

export type TargetKey = 'nianbao' | 'surveyjs' | 'baseline';

/** One page the bench measures, and how to drive it. */
export interface Target {
  readonly key: TargetKey;
  readonly label: string;
  /** The production build's directory. */
  readonly dist: string;
  /** The profiling build's directory (React render counts), if any. */
  readonly profilingDist: string | null;
  /** Path of the page on its server. */
  readonly path: string;
  /** What makes the page interactive, and what to click to reach 表三. */
  readonly start: StartProbeConfig;
  /** The editable cells of 表三, in table order. */
  readonly cells: string;
  /**
   * Storage the page starts with (a stored report), prepared once against the running server.
   * `note` says what was (or could not be) prepared.
   */
  prepareStorage(
    browser: Browser,
    origin: string,
  ): Promise<{ state: BrowserContextOptions['storageState']; note: string }>;
}
