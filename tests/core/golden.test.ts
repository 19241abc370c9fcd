import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRegister } from "../../src/core/check-register";
import type { WorkbookGrids } from "../../src/core/cell";
import { serialFromIso } from "../../src/core/date";
import { parsePeriod } from "../../src/core/period";

interface Golden {
  about: string;
  today: string;
  tertial: string;
  grids: WorkbookGrids;
  expected: { code: string; severity: string; sheet: string; cell: string | null }[];
  register: { activities: number; values: number; excludedRows: number; totalRows: number; partners: number };
}

const dir = join(__dirname, "../fixtures/golden");

describe.each(readdirSync(dir).filter((f) => f.endsWith(".json")))("golden grid %s", (file) => {
  const golden = JSON.parse(readFileSync(join(dir, file), "utf8")) as Golden;
  const tertial = parsePeriod(golden.tertial);
  if (!tertial || tertial.kind !== "tertial") throw new Error(`bad tertial in ${file}`);
  const result = checkRegister(golden.grids, { today: serialFromIso(golden.today)!, tertial });

  it("gives exactly the expected errors and warnings at their cells", () => {
    const got = result.findings
      .filter((f) => f.severity !== "info")
      .map(({ code, severity, sheet, cell }) => ({ code, severity, sheet, cell }));
    expect(got).toEqual(golden.expected);
  });
  it("reads the expected rows", () => {
    const r = result.register;
    expect({
      activities: r.activities.length,
      values: r.values.length,
      excludedRows: r.excludedRows,
      totalRows: r.totalRows,
      partners: r.partners.length,
    }).toEqual(golden.register);
  });
});
