import { checkRegister } from "../../../src/core/check-register";
import type { WorkbookGrids } from "../../../src/core/cell";
import { baseGrids, T2_2025, TODAY, withCell } from "../../support/register-builder";

const errors = (g: WorkbookGrids) =>
  checkRegister(g, { today: TODAY, tertial: T2_2025 })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);
const without = (g: WorkbookGrids, name: string): WorkbookGrids => ({ sheets: g.sheets.filter((s) => s.name !== name) });

describe("a list that cannot be read is one finding, not one per reference", () => {
  it("a missing Indikatorer sheet does not make every Indikator-ID unknown", () => {
    expect(errors(without(baseGrids(), "Indikatorer"))).toEqual(["missing-sheet Indikatorer!null"]);
  });

  it("Åtgärder without its Ansvarig column does not make every Åtgärd-ID unknown", () => {
    expect(errors(withCell(baseGrids(), "Åtgärder", "D1", "Ansvarig part"))).toEqual(["missing-column Åtgärder!null"]);
  });

  it("a missing Parter sheet does not make Ansvarig and Källa unknown", () => {
    expect(errors(without(baseGrids(), "Parter"))).toEqual(["missing-sheet Parter!null"]);
  });

  it("an empty but readable list still finds unknown IDs, without a made-up example", () => {
    const g = baseGrids();
    g.sheets.find((s) => s.name === "Åtgärder")!.values.splice(1);
    const result = checkRegister(g, { today: TODAY, tertial: T2_2025 });
    const unknown = result.findings.filter((f) => f.code === "unknown-measure");
    expect(unknown).toHaveLength(2);
    expect(unknown[0]!.message).not.toMatch(/till exempel/);
  });
});

describe("a negative share", () => {
  it("is both negative and outside 0–100", () => {
    const g = withCell(baseGrids(), "Polisen", "M5", -4);
    expect(errors(g).filter((e) => e.endsWith("Polisen!M5"))).toEqual(["negative Polisen!M5", "percent-out-of-range Polisen!M5"]);
  });
});
