import { figure, round10 } from "../../../src/core/trends/numbers";

describe("figures as they leave the core", () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [(3.4 - 3.2) / (3.45 - 3.2), 0.8],
    [3.4 - 3.2, 0.2],
    [1000.1 - 1000, 0.1],
    [-0, 0],
    [1200, 1200],
  ])("turns float noise %p into the short decimal %p", (x, want) => {
    expect(Object.is(figure(x), want)).toBe(true);
  });

  it.each([[127 / 3], [12345 / 7], [121 / 72], [-83 / 12], [2 / 3 / 1000]])("keeps the digits of %p within 1e-12 of itself", (x) => {
    expect(Math.abs(figure(x) - x)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(x)));
    expect(figure(x)).not.toBe(round10(x));
  });
});
