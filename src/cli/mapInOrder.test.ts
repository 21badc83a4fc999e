import { describe, expect, it } from 'vitest';
import { mapInOrder } from './mapInOrder';

describe('mapInOrder', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapInOrder([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('gives an empty list for no items', async () => {
    expect(await mapInOrder([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});
