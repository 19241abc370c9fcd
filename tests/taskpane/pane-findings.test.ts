/** The pane's one picture of the findings: a tab re-checked on its own lands where the whole check would put it. */
import { MemoryPort } from "../../src/app/memory-port";
import { checkTab } from "../../src/app/check-tab";
import { checkRegister } from "../../src/core/check-register";
import { serialFromIso } from "../../src/core/date";
import { demoRegister } from "../../src/demo/demo-register";
import { acceptCheck, acceptTab, findingsOfTab, NO_FINDINGS, withTabFindings } from "../../src/taskpane/pane-findings";

const today = serialFromIso("2026-01-08")!;
const TAB = "Hemgårdarnas BK";

function edited(value: string | number) {
  const grids = demoRegister();
  grids.sheets.find((s) => s.name === TAB)!.values[9]![0] = value;
  return grids;
}

describe("a partner tab re-checked on its own", () => {
  it("the demo's Hemgårdarna A10 is an error the fix removes", () => {
    const before = checkRegister(demoRegister(), { today });
    expect(before.findings.some((f) => f.sheet === TAB && f.cell === "A10" && f.severity === "error")).toBe(true);
    expect(checkRegister(edited(serialFromIso("2025-03-14")!), { today }).counts.error).toBe(before.counts.error - 1);
  });

  it.each([
    ["fixed (its error goes)", serialFromIso("2025-03-14")!],
    ["spoilt again (another wrong date)", "31/2 2025"],
  ])("laid over the whole check gives the whole check of the edited workbook: %s", async (_, value) => {
    const state = acceptCheck(NO_FINDINGS, checkRegister(demoRegister(), { today }), 1);
    const grids = edited(value);
    const tab = await checkTab(new MemoryPort(grids), { tab: TAB, today });
    const after = acceptTab(state, TAB, tab, 2);
    const whole = checkRegister(grids, { today });
    expect(after.check!.findings).toEqual(whole.findings);
    expect(after.check!.counts).toEqual(whole.counts);
    expect(findingsOfTab(after, TAB)).toEqual(whole.findings.filter((f) => f.sheet === TAB));
  });

  it("a tab that had no findings gets its new ones in the tab's place, not at the end", async () => {
    const spoilt = edited("31/2 2025");
    const none = withTabFindings(checkRegister(spoilt, { today }), TAB, []);
    expect(none.findings.some((f) => f.sheet === TAB)).toBe(false);
    const tab = await checkTab(new MemoryPort(spoilt), { tab: TAB, today });
    expect(withTabFindings(none, TAB, tab).findings).toEqual(checkRegister(spoilt, { today }).findings);
  });

  it("the tab's name is compared as Excel compares sheet names", async () => {
    const base = checkRegister(demoRegister(), { today });
    const merged = withTabFindings(base, TAB.toUpperCase(), []);
    expect(merged.findings.some((f) => f.sheet === TAB)).toBe(false);
    expect(merged.counts.error).toBe(base.counts.error - 1);
  });
});

describe("an older read never overwrites a newer one", () => {
  const old = checkRegister(demoRegister(), { today });
  const fixed = edited(serialFromIso("2025-03-14")!);

  it("a whole check that started before the tab's re-check keeps the re-checked tab", async () => {
    const tab = await checkTab(new MemoryPort(fixed), { tab: TAB, today });
    const state = acceptCheck(acceptTab(NO_FINDINGS, TAB, tab, 3), old, 2);
    expect(state.check!.counts.error).toBe(old.counts.error - 1);
    expect(findingsOfTab(state, TAB)).toEqual(tab);
    expect(tab.some((f) => f.cell === "A10")).toBe(false);
  });

  it("a tab re-check that started before the whole check is dropped", async () => {
    const tab = await checkTab(new MemoryPort(demoRegister()), { tab: TAB, today });
    const state = acceptTab(acceptCheck(NO_FINDINGS, checkRegister(fixed, { today }), 5), TAB, tab, 4);
    expect(state.check!.counts.error).toBe(old.counts.error - 1);
  });

  it("an older whole check is dropped, and a newer one replaces older tab re-checks", async () => {
    const newer = checkRegister(fixed, { today });
    expect(acceptCheck(acceptCheck(NO_FINDINGS, newer, 7), old, 6).check).toBe(newer);
    const tab = await checkTab(new MemoryPort(fixed), { tab: TAB, today });
    const state = acceptCheck(acceptTab(acceptCheck(NO_FINDINGS, old, 1), TAB, tab, 2), old, 3);
    expect(state.tabs.size).toBe(0);
    expect(state.check).toBe(old);
  });
});
