import { emptyPlan, type SheetPlan, type TablePlan } from "../../src/core/plan/sheet-plan";
import { isValidTableName, validatePlans } from "../../src/xlsx/validate-plan";
import { renderWorkbook } from "../../src/xlsx/render-plan";

function withTables(...tables: TablePlan[]): SheetPlan {
  const plan = emptyPlan("Parter", "register");
  plan.values = [
    ["Part-ID", "Namn", null, "Id", "Typ"],
    ["POL", "Polisen", null, "1", "Polis"],
  ];
  plan.tables = tables;
  return plan;
}

const parter: TablePlan = { name: "Parter", range: "A1:B2", headers: ["Part-ID", "Namn"], style: "TableStyleLight9" };

describe("isValidTableName", () => {
  it.each(["Parter", "_Parter", "Indikatorer_T2_2025", "Tbl1x", "ABCD1"])("accepts %s", (name) => {
    expect(isValidTableName(name)).toBe(true);
  });

  it.each(["", "1Parter", "Parter-2025", "Åtgärder", "Mina parter", "A1", "XFD1048576", "abc123", "R1C1", "R", "C", "r2", "C12"])(
    "refuses %p (Excel would repair it)",
    (name) => {
      expect(isValidTableName(name)).toBe(false);
    },
  );
});

describe("validatePlans", () => {
  it("accepts a well-formed plan", () => {
    expect(() =>
      validatePlans([withTables(parter, { name: "Typer", range: "D1:E2", headers: ["Id", "Typ"], style: "TableStyleLight9" })]),
    ).not.toThrow();
  });

  it("refuses an invalid table name before anything is written", async () => {
    await expect(renderWorkbook([withTables({ ...parter, name: "A1" })])).rejects.toThrow(/Invalid table name "A1"/);
  });

  it("refuses table names that differ only in case, across sheets", () => {
    const other = { ...withTables({ ...parter, name: "PARTER" }), name: "Parter2" };
    expect(() => validatePlans([withTables(parter), other])).toThrow(/not unique/);
  });

  it("refuses a table name that clashes with a marker name", () => {
    const report = emptyPlan("Rapport", "rapport");
    expect(() => validatePlans([report, withTables({ ...parter, name: "MLofteGen_1" })])).toThrow(/not unique/);
  });

  it("refuses overlapping tables", () => {
    expect(() =>
      validatePlans([withTables(parter, { name: "Andra", range: "B1:C2", headers: ["Namn2", "X"], style: "TableStyleLight9" })]),
    ).toThrow(/overlaps another table/);
  });

  it("refuses headers that do not fit the range, repeat, or are empty", () => {
    expect(() => validatePlans([withTables({ ...parter, headers: ["Part-ID"] })])).toThrow(/1 headers for 2 columns/);
    expect(() => validatePlans([withTables({ ...parter, headers: ["Namn", "namn"] })])).toThrow(/repeats the header/);
    expect(() => validatePlans([withTables({ ...parter, headers: ["Part-ID", " "] })])).toThrow(/invalid header/);
  });

  it("refuses a table without a data row, over merged cells or the sheet's auto filter", () => {
    expect(() => validatePlans([withTables({ ...parter, range: "A1:B1" })])).toThrow(/at least one data row/);
    expect(() => validatePlans([{ ...withTables(parter), merges: ["B2:C2"] }])).toThrow(/merged cells/);
    expect(() => validatePlans([{ ...withTables(parter), autoFilter: "A1:B2" }])).toThrow(/auto filter/);
  });

  it("refuses duplicate and invalid sheet names", () => {
    expect(() => validatePlans([emptyPlan("Kontroll", "kontroll"), emptyPlan("kontroll", "kontroll")])).toThrow(/Duplicate sheet name/);
    expect(() => validatePlans([emptyPlan("Rapport T2/2025", "rapport")])).toThrow(/Invalid sheet name/);
  });

  it("refuses inline list items Excel cannot store", () => {
    const plan = emptyPlan("Parter", "register");
    plan.validations = [{ range: "C2:C9", list: ["Idrott, fritid", "Annan"], errorMessage: "Välj." }];
    expect(() => validatePlans([plan])).toThrow(/comma/);
  });

  it.each([
    ["without its leading =", "AND(M6>=0)", /start with "="/],
    ["with unbalanced parentheses", "=AND(M6>=0", /unbalanced/],
    ["with an open quote", '=M6<>"Procent', /unbalanced/],
    ["over Excel's 255 characters", `=AND(${"M6>=0,".repeat(50)}TRUE)`, /over 255/],
  ])("refuses a custom rule's formula %s, before anything is written", (_what, formula, message) => {
    const plan = emptyPlan("Polisen", "register");
    plan.validations = [{ range: "M6:M9", custom: { formula }, errorMessage: "Skriv ett tal." }];
    expect(() => validatePlans([plan])).toThrow(message);
    plan.validations = [{ range: "M6:M9", custom: { formula: '=OR(M6<=100,$L6<>"Procent")' }, errorMessage: "Skriv ett tal." }];
    expect(() => validatePlans([plan])).not.toThrow();
  });

  it("writes header cells as the column names even when the plan's values differ", async () => {
    const { readWorkbook } = await import("../../src/xlsx/read-workbook");
    const plan = withTables(parter);
    plan.values[0]![1] = "namn "; // differs in case and space
    const { sheets } = await readWorkbook(await renderWorkbook([plan]));
    expect(sheets[0]!.values[0]!.slice(0, 2)).toEqual(["Part-ID", "Namn"]);
  });
});
