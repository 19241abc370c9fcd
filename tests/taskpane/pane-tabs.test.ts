/**
 * The pane's tab list moves the focus itself (`src/taskpane/PaneTabs.tsx`, no
 * Tabster): ←/→ to the neighbour, round the ends, Home and End to the first and
 * last tab; other keys are left to the browser. The browser tests press the
 * keys in the built pane (`tests/e2e/scenarios/start.ts`).
 */
import { nextTabIndex } from "../../src/taskpane/PaneTabs";

describe("nextTabIndex", () => {
  it("moves to the neighbour with the arrow keys, round the ends", () => {
    expect(nextTabIndex("ArrowRight", 0, 4)).toBe(1);
    expect(nextTabIndex("ArrowRight", 3, 4)).toBe(0);
    expect(nextTabIndex("ArrowLeft", 2, 4)).toBe(1);
    expect(nextTabIndex("ArrowLeft", 0, 4)).toBe(3);
  });

  it("goes to the first and the last tab with Home and End", () => {
    expect(nextTabIndex("Home", 2, 4)).toBe(0);
    expect(nextTabIndex("End", 1, 4)).toBe(3);
  });

  it("leaves every other key alone, and an empty list", () => {
    for (const key of ["Tab", "Enter", " ", "ArrowDown", "ArrowUp", "a"]) expect(nextTabIndex(key, 1, 4)).toBeNull();
    expect(nextTabIndex("ArrowRight", 0, 0)).toBeNull();
  });
});
