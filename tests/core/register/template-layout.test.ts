/**
 * The register template is made from the layout the reader uses (issue 10: one owner):
 * every table's headers are the layout's, in its order; a column added to the layout
 * is in the template without touching the template; what the template makes reads back clean.
 */
import { parseRange } from "../../../src/core/address";
import type { SheetPlan } from "../../../src/core/plan/sheet-plan";
import { registerInputFromGrids } from "../../../src/app/register";
import type { WorkbookGrids } from "../../../src/core/cell";
import * as layout from "../../../src/core/register/layout";
import { readRegister } from "../../../src/core/register/read-register";
import { registerPlans } from "../../../src/core/template/register-plans";
import { demoRegister } from "../../../src/demo/demo-register";

const { AKTIVITETER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, LOFTE_TABLE, PARTER_TABLE, PLEDGE_FIELDS, SHEET_NAMES, VARDEN_TABLE } = layout;

const headersOf = (spec: layout.TableSpec) => spec.columns.map((c) => c.header);
const asGrids = (plans: SheetPlan[]): WorkbookGrids => ({ sheets: plans.map((p) => ({ name: p.name, values: p.values })) });
const tableHeaders = (plan: SheetPlan) => plan.tables.map((t) => t.headers);
/** The header cells of each table as they stand in the plan's values. */
const headerCells = (plan: SheetPlan) =>
  plan.tables.map((t) => {
    const r = parseRange(t.range);
    return t.headers.map((_, i) => plan.values[r.row]![r.col + i]);
  });

const demoPlans = registerPlans(registerInputFromGrids(demoRegister()));

describe.each([
  ["the empty template", registerPlans()],
  ["the demo register", demoPlans],
])("%s", (_name, plans) => {
  it("has the layout's headers, in its order, on every sheet and in the cells", () => {
    const byName = (name: string) => plans.find((p) => p.name === name)!;
    expect(tableHeaders(byName(SHEET_NAMES.lofte))).toEqual([headersOf(LOFTE_TABLE)]);
    expect(tableHeaders(byName(SHEET_NAMES.parter))).toEqual([headersOf(PARTER_TABLE)]);
    expect(tableHeaders(byName(SHEET_NAMES.atgarder))).toEqual([headersOf(ATGARDER_TABLE)]);
    expect(tableHeaders(byName(SHEET_NAMES.indikatorer))).toEqual([headersOf(INDIKATORER_TABLE)]);
    const masters = new Set<string>([SHEET_NAMES.lofte, SHEET_NAMES.parter, SHEET_NAMES.atgarder, SHEET_NAMES.indikatorer]);
    for (const tab of plans.filter((p) => !masters.has(p.name))) {
      expect({ tab: tab.name, headers: tableHeaders(tab) }).toEqual({ tab: tab.name, headers: [headersOf(AKTIVITETER_TABLE), headersOf(VARDEN_TABLE)] });
    }
    for (const plan of plans) expect(headerCells(plan)).toEqual(tableHeaders(plan));
  });

  it("formats the Värde of the layout's date settings as dates", () => {
    const lofte = plans.find((p) => p.name === SHEET_NAMES.lofte)!;
    const dateRows = PLEDGE_FIELDS.flatMap((f, i) => (f.kind === "date" ? [i + 1] : []));
    const formatted = lofte.numberFormats
      .filter((f) => f.format === "yyyy-mm-dd")
      .flatMap((f) => {
        const r = parseRange(f.range);
        return Array.from({ length: r.rows }, (_, k) => ({ row: r.row + k, col: r.col }));
      });
    expect(formatted).toEqual(dateRows.map((row) => ({ row, col: 1 })));
  });
});

it("lists the pledge settings in the layout's order in the empty template", () => {
  const lofte = registerPlans().find((p) => p.name === SHEET_NAMES.lofte)!;
  expect(lofte.values.map((r) => r[0])).toEqual([LOFTE_TABLE.columns[0].header, ...PLEDGE_FIELDS.map((f) => f.field)]);
});

describe("a register the template made", () => {
  it("reads back with no finding of its own: the demo's only findings are its three planted faults", () => {
    const draft = readRegister(asGrids(demoPlans));
    expect(draft.findings).toEqual(readRegister(demoRegister()).findings);
    expect(draft.findings.map((f) => f.code).sort()).toEqual(["invalid-period", "not-a-date", "not-a-number"]);
    expect(draft.partners.length).toBeGreaterThan(0);
    expect(draft.tabs.length).toBe(draft.partners.length);
  });

  it("reads back empty with only the pledge settings to fill in (no missing sheet or column)", () => {
    const codes = new Set(readRegister(asGrids(registerPlans())).findings.map((f) => f.code));
    expect([...codes]).toEqual(["invalid-setting"]);
  });
});

describe("a column added to the layout", () => {
  const extra = { field: "extra", header: "Extranummer", kind: "text", required: false, width: 14 } as const;
  const withExtra = (spec: layout.TableSpec) => ({ ...spec, columns: [...spec.columns.slice(0, 2), extra, ...spec.columns.slice(2)] });

  it.each([
    ["PARTER_TABLE", SHEET_NAMES.parter],
    ["ATGARDER_TABLE", SHEET_NAMES.atgarder],
    ["INDIKATORER_TABLE", SHEET_NAMES.indikatorer],
    ["AKTIVITETER_TABLE", null],
    ["VARDEN_TABLE", null],
  ] as const)("%s: is in the template at its place, with no change to the template", (key, sheet) => {
    jest.isolateModules(() => {
      jest.doMock("../../../src/core/register/layout", () => {
        const actual = jest.requireActual<typeof layout>("../../../src/core/register/layout");
        return { ...actual, [key]: withExtra(actual[key]) };
      });
      const mocked = require("../../../src/core/register/layout") as typeof layout;
      const { registerPlans: plansWithExtra } = require("../../../src/core/template/register-plans") as typeof import("../../../src/core/template/register-plans");
      const plans = plansWithExtra({ partners: [{ name: "Polisen", tab: "Polisen", reports: { measures: [], indicators: [], allMeasures: [], allIndicators: [] } }] });
      const plan = plans.find((p) => p.name === (sheet ?? "Polisen"))!;
      const expected = headersOf(mocked[key]);
      expect(expected[2]).toBe("Extranummer");
      expect(tableHeaders(plan)).toContainEqual(expected);
    });
    jest.dontMock("../../../src/core/register/layout");
  });
});
