/**
 * A small seeded PRNG (mulberry32): the generated reports are the same on every run, so two
 * runs of the engine bench measure the same work.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, max], skewed towards small values like real application counts. */
export function skewedCount(random: () => number, max: number): number {
  return Math.floor(random() ** 3 * (max + 1));
}
