import fc from "fast-check";
import { hostileWorkbook } from "../support/hostile-grids";
import { runAllStages } from "../support/robustness";

// A fixed seed in CI; `npx tsx scripts/fuzz.ts` runs the same property far longer.
const SEED = 20251125;

describe("hostile workbooks", () => {
  it("end in findings, never in an exception, through reading, checks, trends, figures and report plans", () => {
    fc.assert(
      fc.property(hostileWorkbook, (grids) => {
        runAllStages(grids);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });
});

import type { WorkbookGrids } from "../../src/core/cell";
import { baseGrids } from "../support/register-builder";
import { hostileCell } from "../support/hostile-grids";

/** The valid base register with hostile cells planted anywhere, so trends and figures see real data. */
const plantedRegister = fc
  .array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 12 }), fc.nat({ max: 17 }), hostileCell), { minLength: 1, maxLength: 30 })
  .map((plants) => {
    const grids: WorkbookGrids = baseGrids();
    for (const [s, r, c, v] of plants) {
      const sheet = grids.sheets[s % grids.sheets.length]!;
      while (sheet.values.length <= r) sheet.values.push([]);
      const row = sheet.values[r]!;
      while (row.length <= c) row.push(null);
      row[c] = v;
    }
    return grids;
  });

describe("a valid register with hostile cells planted", () => {
  it("never throws and keeps every finding and every report plan well-formed", () => {
    let withPledge = 0;
    fc.assert(
      fc.property(plantedRegister, (grids) => {
        runAllStages(grids, (r) => {
          if (r.register.pledge) withPledge++;
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
    // The property must exercise trends and figures, not only failed reads.
    expect(withPledge).toBeGreaterThan(150);
  });
});
