/**
 * What Start shows from the first read before the check is done (src/taskpane/start-facts.ts, issue 16): the same
 * pledge and the same "not a register" as the check then gives, on every workbook; the host hands them over once
 * the workbook is read, before the check's result, from the one read the check makes.
 */
import fc from "fast-check";
import { runCheck } from "../../src/app/check";
import { MemoryPort } from "../../src/app/memory-port";
import type { WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import { demoRegister } from "../../src/demo/demo-register";
import { createPaneHost } from "../../src/taskpane/host";
import { startFacts } from "../../src/taskpane/start-facts";
import { isNotRegister } from "../../src/taskpane/use-overview";
import { syntheticRegister } from "../../scripts/bench/synthetic-register";
import { hostileWorkbook } from "../support/hostile-grids";
import { PaneWorkbook } from "../support/pane-workbook";
import { baseGrids, d, lofteSheet, TODAY } from "../support/register-builder";

const asChecked = (grids: WorkbookGrids) => {
  const check = checkRegister(grids, { today: TODAY });
  return { pledge: check.register.pledge, notRegister: isNotRegister(check) };
};

const without = (grids: WorkbookGrids, ...names: string[]): WorkbookGrids => ({
  ...grids,
  sheets: grids.sheets.filter((s) => !names.includes(s.name)),
});
const withLofte = (grids: WorkbookGrids, values: WorkbookGrids["sheets"][number]["values"]): WorkbookGrids => ({
  ...grids,
  sheets: grids.sheets.map((s) => (s.name === "Löfte" ? { ...s, values } : s)),
});

describe("Start's facts from the read are the check's", () => {
  const cases: [string, WorkbookGrids][] = [
    ["the small valid register", baseGrids()],
    ["the demo register", demoRegister()],
    ["the benchmark's small register", syntheticRegister(20, 50)],
    ["an empty workbook", { sheets: [{ name: "Blad1", values: [] }] }],
    ["no Löfte", without(baseGrids(), "Löfte")],
    ["only Parter", without(baseGrids(), "Löfte", "Åtgärder", "Indikatorer")],
    [
      "Löfte without its name",
      withLofte(baseGrids(), [
        ["Fält", "Värde"],
        ["Giltig från", d(2024, 8, 1)],
        ["Giltig till", d(2025, 12, 31)],
      ]),
    ],
    [
      "Löfte with a date as text",
      withLofte(
        baseGrids(),
        lofteSheet([]).values.map((r) => (r[0] === "Giltig till" ? ["Giltig till", "den 3 maj"] : r)),
      ),
    ],
    [
      "Löfte without its header row",
      withLofte(baseGrids(), [
        ["Namn", "Löftet"],
        ["Giltig från", d(2024, 8, 1)],
        ["Giltig till", d(2025, 12, 31)],
      ]),
    ],
    ["a sheet named in other case", { sheets: baseGrids().sheets.map((s) => (s.name === "Löfte" ? { ...s, name: "LÖFTE" } : s)) }],
  ];

  it.each(cases)("%s", (_, grids) => {
    expect(startFacts(grids)).toEqual(asChecked(grids));
  });

  it("the cases hold a readable pledge, an unreadable one and a workbook that is no register", () => {
    const facts = cases.map(([, g]) => startFacts(g));
    expect(facts.some((f) => f.pledge !== null)).toBe(true);
    expect(facts.some((f) => f.pledge === null && !f.notRegister)).toBe(true);
    expect(facts.some((f) => f.notRegister)).toBe(true);
  });

  it("on any workbook (hostile cells, sheets missing)", () => {
    fc.assert(
      fc.property(hostileWorkbook, (grids) => {
        expect(startFacts(grids)).toEqual(asChecked(grids));
      }),
      { numRuns: 200 },
    );
  });
});

describe("the host hands the facts over before the check is done", () => {
  it("once, from the check's own read, before the result; the result is the check's", async () => {
    const workbook = new PaneWorkbook(demoRegister());
    const host = createPaneHost(workbook, { language: "sv", now: () => new Date(2026, 0, 8, 9, 0) });
    const events: string[] = [];
    let seen: unknown = null;
    const result = await host.check((facts) => {
      events.push("facts");
      seen = facts;
    });
    events.push("result");
    expect(events).toEqual(["facts", "result"]);
    expect(workbook.reads).toBe(1);
    expect(seen).toEqual({ pledge: result.register.pledge, notRegister: false });
    expect(result.register.pledge?.name).toMatch(/Skäggetorp/);
  });

  it("a check without a listener reads once too", async () => {
    const workbook = new PaneWorkbook(baseGrids());
    await createPaneHost(workbook, { language: "sv" }).check();
    expect(workbook.reads).toBe(1);
  });

  it("a listener that throws does not stop the check", async () => {
    const grids = baseGrids();
    const result = await runCheck(new MemoryPort(grids), {
      today: TODAY,
      onRead: () => {
        throw new Error("boom");
      },
    });
    expect(result).toEqual(checkRegister(grids, { today: TODAY }));
  });
});
