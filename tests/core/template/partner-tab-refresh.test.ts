/**
 * A partner tab's dropdown lists and "Era åtgärder" lines kept current (issue 14 item 6):
 * after Åtgärder or Indikatorer change, the append plan brings the tab to what the
 * template would write today, and touches nothing a person typed.
 */
import { MemoryPort } from "../../../src/app/memory-port";
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { checkRegister } from "../../../src/core/check-register";
import type { SheetPlan } from "../../../src/core/plan/sheet-plan";
import { readMasterSheets } from "../../../src/core/register/read-register";
import { partnerReports } from "../../../src/core/template/partner-reports";
import { partnerTabPlan } from "../../../src/core/template/partner-tab-plan";
import { staleTabListPlans } from "../../../src/core/template/partner-tab-refresh";
import { baseGrids, TODAY, withCell, withRow } from "../../support/register-builder";

const PARTNERS = [
  { id: "POL", name: "Polisen" },
  { id: "STG", name: "Stångåstaden" },
];

/** The template's tab for each partner of `grids`, made from the register as it stands, with the rows typed on it kept. */
function madeToday(grids: WorkbookGrids, tab: string): SheetPlan {
  const masters = readMasterSheets(grids);
  const p = PARTNERS.find((x) => x.name === tab)!;
  const values = grids.sheets.find((s) => s.name === tab)!.values;
  return partnerTabPlan({ name: p.name, tab, reports: partnerReports(masters, p.id), values }, 1, { periods: [] });
}

/** `grids` with every partner tab as the template makes it. */
function templated(grids: WorkbookGrids): WorkbookGrids {
  return {
    sheets: grids.sheets.map((s) =>
      PARTNERS.some((p) => p.name === s.name) ? { name: s.name, values: madeToday(grids, s.name).values } : s,
    ),
  };
}

const tabOf = (grids: WorkbookGrids, name: string) => grids.sheets.find((s) => s.name === name)!.values;
const column = (values: Cell[][], col: number, from = 5) =>
  values
    .slice(from)
    .map((r) => r[col] ?? null)
    .filter((v) => v !== null && v !== "");

/** Applies plans as the register's port does (append plans: nulls leave cells). */
async function applied(grids: WorkbookGrids, plans: SheetPlan[]): Promise<WorkbookGrids> {
  const port = new MemoryPort(grids);
  await port.writeSheets(plans);
  return port.readAll();
}

const made = templated(baseGrids());
// A measure added for the police, another renamed: Polisen's list and line are stale, Stångåstaden's are not (its Å1 is unchanged).
const changed = withRow(withCell(made, "Åtgärder", "B3", "Medborgardialog i parken"), "Åtgärder", [
  "Å3",
  "Nattvandring",
  "Trygghet och trivsel",
  "POL",
  null,
  null,
  null,
  "I1",
  "Pågår",
]);

describe("a partner tab's lists, refreshed", () => {
  it("leaves every tab alone while its lists and lines are those the template writes", () => {
    expect(staleTabListPlans(made)).toEqual([]);
  });

  it("brings a stale tab to what the template writes today: the lists, the line, the dropdown's source", async () => {
    const plans = staleTabListPlans(changed);
    expect(plans.map((p) => [p.name, p.kind, p.append])).toEqual([["Polisen", "register", true]]);
    const plan = plans[0]!;
    expect(column(plan.values, 17)).toEqual(["Å1 – Trygghetsvandringar", "Å2 – Medborgardialog i parken", "Å3 – Nattvandring"]);
    expect(plan.values[1]![0]).toBe(
      "Era åtgärder: Å1 – Trygghetsvandringar (medverkande); Å2 – Medborgardialog i parken (ansvarig); Å3 – Nattvandring (ansvarig).",
    );
    // The indicators did not change: their list, line and dropdown are not written.
    expect(plan.values.every((r) => (r[18] ?? null) === null && (r[10] ?? null) === null)).toBe(true);
    expect(plan.validations).toEqual([
      expect.objectContaining({ range: "B6:B1005", list: { source: "='Polisen'!$R$6:$R$8" }, alert: "none" }),
    ]);
    expect(plan.numberFormats).toEqual([{ range: "R6:R8", format: "@" }]);

    // The golden grid: the tab as written equals, cell for cell, the tab the template makes from the changed register.
    const after = await applied(changed, plans);
    const want = madeToday(changed, "Polisen").values;
    const got = tabOf(after, "Polisen");
    for (let r = 0; r < want.length; r++)
      for (let c = 0; c < want[r]!.length; c++) expect({ r, c, v: got[r]?.[c] ?? null }).toEqual({ r, c, v: want[r]![c] ?? null });
    expect(staleTabListPlans(after)).toEqual([]);
  });

  it("writes nothing into the tables: the check reads the same rows and findings before and after", async () => {
    const after = await applied(changed, staleTabListPlans(changed));
    const before = checkRegister(changed, { today: TODAY });
    const now = checkRegister(after, { today: TODAY });
    expect(now.findings).toEqual(before.findings);
    expect(now.register.activities).toEqual(before.register.activities);
    expect(now.register.values).toEqual(before.register.values);
  });

  it("empties the cells of a longer list's items that are gone", async () => {
    // The police no longer take part in Å1 and lead nothing else but Å2.
    const shorter = withCell(made, "Åtgärder", "E2", null);
    const plan = staleTabListPlans(shorter)[0]!;
    expect([plan.values[5]![17], plan.values[6]![17]]).toEqual(["Å2 – Medborgardialog", ""]);
    const after = await applied(shorter, [plan]);
    expect(column(tabOf(after, "Polisen"), 17)).toEqual(["Å2 – Medborgardialog"]);
    expect(plan.validations[0]).toMatchObject({ list: { source: "='Polisen'!$R$6:$R$6" } });
  });

  it("refreshes the indicators' list and line when Indikatorer changes", () => {
    const renamed = withCell(made, "Indikatorer", "B2", "Anmälda brott i Skäggetorp");
    const plan = staleTabListPlans(renamed)[0]!;
    expect(plan.name).toBe("Polisen");
    expect(column(plan.values, 18)).toEqual(["I1 – Anmälda brott i Skäggetorp", "I2 – Otrygga ute sent på kvällen"]);
    expect(plan.values[1]![10]).toMatch(/^Era indikatorer: I1 – Anmälda brott i Skäggetorp \(antal\); /);
    expect(plan.validations).toEqual([expect.objectContaining({ range: "L6:L1005", list: { source: "='Polisen'!$S$6:$S$7" } })]);
  });

  it("keeps a line a person wrote over the add-in's, and still refreshes the list", () => {
    const own = withCell(changed, "Polisen", "A2", "Vi rapporterar för närpolisen i Skäggetorp.");
    const plan = staleTabListPlans(own)[0]!;
    expect(plan.values[1]?.[0] ?? null).toBeNull();
    expect(column(plan.values, 17)).toHaveLength(3);
  });

  it("leaves a tab alone whose header row is not the template's (made by hand, or moved)", () => {
    const bare = withRow(baseGrids(), "Åtgärder", ["Å3", "Nattvandring", "Trygghet och trivsel", "POL", null, null, null, null, "Pågår"]);
    expect(staleTabListPlans(bare)).toEqual([]);
    const moved = withCell(changed, "Polisen", "R5", "Mina listor");
    expect(staleTabListPlans(moved)).toEqual([]);
  });

  it("covers a table grown past the template's thousand rows with the refreshed dropdown", () => {
    const long = withCell(changed, "Polisen", "C1500", "Sen aktivitet");
    const plan = staleTabListPlans(long)[0]!;
    expect(plan.validations[0]!.range).toBe("B6:B1500");
  });
});
