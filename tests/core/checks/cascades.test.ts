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

describe("a sum row under the rows (Excel's table total row, or typed by hand)", () => {
  const polisen = (g: WorkbookGrids) => checkRegister(g, { today: TODAY, tertial: T2_2025 }).findings.filter((f) => f.sheet === "Polisen");

  it("is one finding at its first cell that says what it is, not one per empty cell", () => {
    const g = withCell(withCell(baseGrids(), "Polisen", "A6", "Summa"), "Polisen", "F6", 40);
    const found = polisen(g);
    expect(found.map((f) => `${f.code} ${f.cell}`)).toEqual(["not-a-date A6"]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toBe(
      'Raden ser ut som en summarad ("Summa"). Rapporten räknar summorna själv: ta bort raden, eller slå av Summarad under Tabelldesign om tabellen har en.',
    );
  });

  it("in the values table too, and with a colon or another word for it", () => {
    const g = withCell(withCell(baseGrids(), "Polisen", "K6", "Totalt:"), "Polisen", "M6", 206);
    expect(polisen(g).map((f) => `${f.code} ${f.cell} ${f.params.totals ?? 0}`)).toEqual(["invalid-period K6 1"]);
  });

  it("leaves the row out of the figures, as every row with an error", () => {
    const g = withCell(withCell(baseGrids(), "Polisen", "A6", "Total"), "Polisen", "F6", 40);
    const result = checkRegister(g, { today: TODAY, tertial: T2_2025 });
    expect(result.register.excludedRows).toBe(checkRegister(baseGrids(), { today: TODAY, tertial: T2_2025 }).register.excludedRows + 1);
  });

  it("other text in the date cell is still a wrong date with every empty required cell", () => {
    const g = withCell(withCell(baseGrids(), "Polisen", "A6", "Sommaren"), "Polisen", "F6", 40);
    expect(polisen(g).map((f) => `${f.code} ${f.cell}`)).toEqual(["not-a-date A6", "required B6", "required C6", "required D6"]);
    expect(polisen(g)[0]!.message).toBe('Datum: "Sommaren" är inget datum. Skriv datumet som 2025-03-14.');
  });
});
