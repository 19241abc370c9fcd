/**
 * A small deterministic generator for tests that build many inputs (the same ones on every run, so a failure
 * can be replayed): a linear congruential generator, numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}
