import { describe, expect, it } from 'vitest';
import { reportCss } from '../../../io/html/styles';
import { APPEAL, paginate, type Appeal, type Breakpoint, type FlowModel } from './paginate';
import { FOLIO, MARGIN_MM, PAGE_MM } from './pageGeometry';

/** Blocks of the given heights one after another; `appeal[i]` is the break after block i. */
function stack(
  heights: readonly number[],
  options: {
    readonly appeal?: Readonly<Record<number, Appeal>>;
    readonly forced?: readonly number[];
    readonly table?: Readonly<Record<number, number>>;
    readonly headerHeights?: readonly number[];
  } = {},
): FlowModel {
  const breakpoints: Breakpoint[] = [];
  let y = 0;
  heights.forEach((h, i) => {
    y += h;
    if (i === heights.length - 1) return;
    breakpoints.push({
      end: y,
      start: y,
      appeal: options.appeal?.[i] ?? APPEAL.perfect,
      forced: options.forced?.includes(i) ?? false,
      table: options.table?.[i] ?? null,
    });
  });
  return { height: y, breakpoints, headerHeights: options.headerHeights ?? [] };
}

const ranges = (model: FlowModel, page: number) =>
  paginate(model, page).map((p) => [p.start, p.end, p.repeatedHeader]);

describe('paginate', () => {
  it('fills each page with as many whole blocks as fit', () => {
    expect(ranges(stack([40, 40, 40, 40, 40]), 100)).toEqual([
      [0, 80, null],
      [80, 160, null],
      [160, 200, null],
    ]);
  });

  it('gives an empty report one page', () => {
    expect(ranges({ height: 0, breakpoints: [], headerHeights: [] }, 100)).toEqual([[0, 0, null]]);
  });

  it('breaks earlier rather than where a rule says avoid (a heading kept with what follows)', () => {
    // Block 1 is a heading (break-after: avoid): the page ends before it instead.
    const model = stack([40, 20, 60], { appeal: { 1: APPEAL.violatesAvoid } });
    expect(ranges(model, 100)).toEqual([
      [0, 40, null],
      [40, 120, null],
    ]);
  });

  it('takes the latest of the best breaks, and a worse one only when no better fits', () => {
    const model = stack([30, 30, 30, 30], {
      appeal: { 0: APPEAL.violatesOrphansWidows, 1: APPEAL.violatesAvoid, 2: APPEAL.violatesAvoid },
    });
    expect(ranges(model, 100)[0]).toEqual([0, 30, null]);
  });

  it('always breaks at a forced break', () => {
    expect(ranges(stack([10, 10, 10], { forced: [0] }), 100)).toEqual([
      [0, 10, null],
      [10, 30, null],
    ]);
  });

  it('repeats a table header on the continuation page and counts its height', () => {
    // Rows of 30 under a 20 px header: breaks between rows carry the table.
    const model = stack([20, 30, 30, 30, 30], {
      appeal: { 0: APPEAL.lastResort, 1: 1, 2: 1, 3: 1 },
      table: { 1: 0, 2: 0, 3: 0 },
      headerHeights: [20],
    });
    expect(ranges(model, 100)).toEqual([
      [0, 80, null],
      [80, 140, 0],
    ]);
    // With the header the second page holds 80 px of rows, not 100.
    expect(
      ranges(
        stack([20, 30, 30, 30, 30, 30, 30], {
          appeal: { 0: 0, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 },
          table: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
          headerHeights: [20],
        }),
        100,
      ),
    ).toEqual([
      [0, 80, null],
      [80, 140, 0],
      [140, 200, 0],
    ]);
  });

  it('cuts a box taller than a page where the page ends', () => {
    expect(ranges(stack([250]), 100)).toEqual([
      [0, 100, null],
      [100, 200, null],
      [200, 250, null],
    ]);
  });
});

describe('page geometry', () => {
  it('is the page the print style sheet sets', () => {
    const css = reportCss('document');
    const { top, right, bottom, left } = MARGIN_MM;
    expect(css).toContain('size: A4;');
    expect(PAGE_MM).toEqual({ width: 210, height: 297 });
    expect(css).toContain(
      `margin: ${String(top)}mm ${String(right)}mm ${String(bottom)}mm ${String(left)}mm;`,
    );
    expect(css).toContain(`padding-top: ${String(FOLIO.gapMm)}mm;`);
    expect(css).toContain(`padding-right: ${String(FOLIO.insetPt)}pt;`);
    expect(css).toContain(`font-size: ${String(FOLIO.sizePt)}pt;`);
  });
});
