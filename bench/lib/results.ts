import type { CliResult } from '../measure/cli';
import type { EngineResult } from '../measure/engine';
import type { NarrativeResult } from '../measure/narrative';
import type { AutosaveScale, LibraryScale } from '../measure/scale';
import type { RenderResult } from '../measure/renders';
import type { SavingResult } from '../measure/saving';
import type { SizeResult } from '../measure/size';
import type { StartResult } from '../measure/start';
import type { TypingResult } from '../measure/typing';
import type { Machine } from './machine';
import type { BenchOptions } from './options';

/** Figures of one page (Nianbao or the SurveyJS peer). */
export interface PageFigures {
  /** `null` when the measurement failed (the reason is in `notes`). */
  readonly size: SizeResult | null;
  readonly start: StartResult | null;
  /** By CPU slowdown (1 and 4); a failed pass is left out. */
  readonly typing: readonly TypingResult[];
  readonly renders: RenderResult | null;
}

/** Everything `npm run bench` measured, as written to bench/results/latest.json. */
export interface BenchResults {
  readonly date: string;
  readonly machine: Machine;
  readonly options: BenchOptions;
  readonly nianbao: PageFigures;
  readonly surveyjs: PageFigures;
  /** The floor: plain inputs without script, same typing method. */
  readonly baseline: { readonly typing: readonly TypingResult[] };
  readonly saving: SavingResult;
  /** Measured in several fresh Node processes: summaries over the processes' medians. */
  readonly engine: EngineResult;
  /** How the app scales with its data, and the command line (issue 14). */
  readonly scale: ScaleFigures;
  /** What was prepared or could not be measured, in words. */
  readonly notes: readonly string[];
  readonly runtimeSeconds: number;
}

/** The figures of issue 14; `null` where a measurement failed (see notes). */
export interface ScaleFigures {
  /** gzip JS and CSS of a first visit to the drafts library (`/`). */
  readonly librarySize: SizeResult | null;
  readonly library: readonly LibraryScale[];
  readonly autosave: readonly AutosaveScale[];
  readonly narrative: readonly NarrativeResult[];
  readonly cli: CliResult | null;
}
