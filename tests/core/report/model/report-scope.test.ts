/**
 * A report's fingerprint, the rows it says errors left out and each tab's summary in the log are of the data the
 * report is built from: a tertial report its tertial's activities, the values up to it and the master tables.
 * A row for a later tertial changes none of them (issue 14: the pane said T2's data had changed after a T3 row).
 */
import type { Cell, WorkbookGrids } from "../../../../src/core/cell";
import { checkRegister } from "../../../../src/core/check-register";
import { activitiesOf } from "../../../../src/core/register/activity-source";
import { TabsSource } from "../../../../src/core/register/tabs-source";
import type { Register } from "../../../../src/core/register/types";
import { parseTabs, tabSummaries } from "../../../../src/core/report/log/tab-summary";
import { dataFingerprint, scopedData } from "../../../../src/core/report/model/fingerprint";
import {
  excludedInScope,
  type ReportScope,
  scopeOfPeriod,
  tertialScope,
  WHOLE_REGISTER,
} from "../../../../src/core/report/model/report-scope";
import { demoRegister } from "../../../../src/demo/demo-register";
import { baseGrids, d, TODAY, withCell, withRow } from "../../../support/register-builder";
import { mixedWorkbook } from "../../register/mixed-workbook";

const T = (year: number, tertial: 1 | 2 | 3) => tertialScope({ kind: "tertial", year, tertial });
const T1 = T(2025, 1);
const T2 = T(2025, 2);
const T3 = T(2025, 3);
const SCOPES: readonly ReportScope[] = [T(2024, 3), T1, T2, T3, WHOLE_REGISTER];

const registerOf = (grids: WorkbookGrids): Register => checkRegister(grids, { today: TODAY }).register;
/** An activity row on a partner tab (columns A–I), nothing in the value table beside it. */
const activity = (date: Cell, participants: Cell = 30): Cell[] => [date, "Å2", "Dialog", "Genomförd", 1, participants, 15, 15, null];
/** A value row (columns K–P) under the tab's activities. */
const valueRow = (period: string, id: string, value: Cell): Cell[] => [...Array(10).fill(null), period, id, value, null, null, null];

/** Each scope's fingerprint, rows left out and tab summaries. */
const facts = (register: Register, scope: ReportScope) => ({
  ...scopedData(register, [scope])[0]!,
  tabs: tabSummaries(register, scope),
});

describe("the data a report is built from", () => {
  const base = registerOf(baseGrids());

  it("a row dated in a later tertial changes neither an earlier tertial's fingerprint nor its tabs; it changes its own and the whole register's", () => {
    const later = registerOf(withRow(baseGrids(), "Polisen", activity(d(2025, 10, 3))));
    expect(facts(later, T2)).toEqual(facts(base, T2));
    expect(facts(later, T1)).toEqual(facts(base, T1));
    expect(dataFingerprint(later, T3)).not.toBe(dataFingerprint(base, T3));
    expect(dataFingerprint(later)).not.toBe(dataFingerprint(base));
    expect(tabSummaries(later, T3).find((t) => t.sheet === "Polisen")!.rows).toBe(
      tabSummaries(base, T3).find((t) => t.sheet === "Polisen")!.rows + 1,
    );
  });

  it("a change to an activity of the tertial changes it, and names its tab", () => {
    const edited = registerOf(withCell(baseGrids(), "Polisen", "F4", 41));
    expect(dataFingerprint(edited, T2)).not.toBe(dataFingerprint(base, T2));
    const changed = tabSummaries(edited, T2).filter((t, i) => t.data !== tabSummaries(base, T2)[i]!.data);
    expect(changed.map((t) => t.sheet)).toEqual(["Polisen"]);
    // An activity of T1 is no part of T2's report.
    const earlier = registerOf(withRow(baseGrids(), "Polisen", activity(d(2025, 2, 3))));
    expect(facts(earlier, T2)).toEqual(facts(base, T2));
    expect(dataFingerprint(earlier, T1)).not.toBe(dataFingerprint(base, T1));
  });

  it("a row on a tertial's first or last day, or at a time of it, is the tertial's alone, from the tabs' lines as through the cursor", () => {
    const edges: [number, ReportScope][] = [
      [d(2025, 4, 30) + 0.99, T1],
      [d(2025, 5, 1), T2],
      [d(2025, 5, 1) + 0.25, T2],
      [d(2025, 8, 31), T2],
      [d(2025, 8, 31) + 0.5, T2],
      [d(2025, 9, 1), T3],
    ];
    for (const [day, own] of edges) {
      const register = registerOf(withRow(baseGrids(), "Polisen", activity(day)));
      expect(activitiesOf(register)).toBeInstanceOf(TabsSource);
      const scopes = [T1, T2, T3];
      const fromLines = scopes.map((scope) => scopedData(register, [scope])[0]!);
      const tabsFromLines = scopes.map((scope) => tabSummaries(register, scope));
      expect(scopes.map((scope, k) => [day, k, fromLines[k]!.data !== dataFingerprint(base, scope)])).toEqual(
        scopes.map((scope, k) => [day, k, scope === own]),
      );
      // Reading the activities makes their objects: from here on the register is read through the cursor.
      const withObjects: Register = { ...register, activities: register.activities };
      expect(activitiesOf(withObjects)).not.toBeInstanceOf(TabsSource);
      expect(scopes.map((scope) => scopedData(withObjects, [scope])[0]!)).toEqual(fromLines);
      // The tab's summary in the log likewise (Polisen, the edited tab), and the row counts only in its own tertial.
      const polisenOf = (summaries: ReturnType<typeof tabSummaries>) => summaries.find((t) => t.sheet === "Polisen");
      expect(scopes.map((scope) => polisenOf(tabSummaries(withObjects, scope)))).toEqual(tabsFromLines.map(polisenOf));
      const polisen = (k: number) => tabsFromLines[k]!.find((t) => t.sheet === "Polisen")!.rows;
      const before = scopes.map((scope) => tabSummaries(base, scope).find((t) => t.sheet === "Polisen")!.rows);
      expect(scopes.map((scope, k) => [day, k, polisen(k) - before[k]!])).toEqual(
        scopes.map((scope, k) => [day, k, scope === own ? 1 : 0]),
      );
    }
  });

  it("values up to the tertial count (the trends compare with them); later ones do not", () => {
    const earlierValue = registerOf(withRow(baseGrids(), "Polisen", valueRow("T1 2025", "I1", 170)));
    expect(dataFingerprint(earlierValue, T2)).not.toBe(dataFingerprint(base, T2));
    expect(dataFingerprint(earlierValue, T1)).not.toBe(dataFingerprint(base, T1));
    const laterValue = registerOf(withRow(baseGrids(), "Polisen", valueRow("T3 2025", "I1", 150)));
    expect(facts(laterValue, T2)).toEqual(facts(base, T2));
    expect(dataFingerprint(laterValue, T3)).not.toBe(dataFingerprint(base, T3));
    // An annual value counts in every tertial of its year and after it, not before.
    const annual = registerOf(withCell(baseGrids(), "Polisen", "M5", 40));
    expect(dataFingerprint(annual, T1)).not.toBe(dataFingerprint(base, T1));
    expect(dataFingerprint(annual, T(2024, 3))).toBe(dataFingerprint(base, T(2024, 3)));
  });

  it("the master tables count for every report", () => {
    const target = registerOf(withCell(baseGrids(), "Indikatorer", "J2", 140));
    for (const scope of SCOPES) expect(dataFingerprint(target, scope)).not.toBe(dataFingerprint(base, scope));
  });

  it("counts the rows errors left out that the report would have read; one whose date does not read counts in every report", () => {
    const laterError = registerOf(withRow(baseGrids(), "Polisen", activity(d(2025, 10, 3), "trettio")));
    expect(laterError.excludedRows).toBe(1);
    expect(facts(laterError, T2)).toEqual(facts(base, T2));
    expect(excludedInScope(laterError, T3)).toBe(1);
    expect(excludedInScope(laterError, WHOLE_REGISTER)).toBe(1);

    const noDate = registerOf(withRow(baseGrids(), "Polisen", activity("snart")));
    for (const scope of SCOPES) expect(excludedInScope(noDate, scope)).toBe(1);
    expect(dataFingerprint(noDate, T2)).not.toBe(dataFingerprint(base, T2));

    // A value left out by an error: in the reports that read its period.
    const badValue = registerOf(withRow(baseGrids(), "Polisen", valueRow("T1 2025", "I1", "många")));
    expect(badValue.excludedRows).toBe(1);
    expect([T(2024, 3), T1, T2, T3].map((s) => excludedInScope(badValue, s))).toEqual([0, 1, 1, 1]);
  });

  it("a register made by hand, without the dates of its left-out rows, counts every one of them", () => {
    const byHand: Register = { ...base, excludedRows: 2, excludedActivities: undefined, excludedValues: [] };
    expect(excludedInScope(byHand, T2)).toBe(2);
  });

  it("gives each scope in one pass what it gives alone, from the tabs' lines and through the cursor, rows typed every which way", () => {
    for (let seed = 1; seed <= 8; seed++) {
      const register = checkRegister(mixedWorkbook(seed), { today: 46_037 }).register;
      expect(activitiesOf(register)).toBeInstanceOf(TabsSource);
      const together = scopedData(register, SCOPES);
      expect(together).toEqual(SCOPES.map((s) => scopedData(register, [s])[0]));
      // The same register with its activities as objects (the cursor's path) hashes the same words.
      const withObjects: Register = { ...register, activities: register.activities };
      expect(activitiesOf(withObjects)).not.toBeInstanceOf(TabsSource);
      expect(scopedData(withObjects, SCOPES)).toEqual(together);
    }
  });

  it("keeps the demo's whole-register fingerprint; each tertial of the demo has its own", () => {
    const demo = checkRegister(demoRegister(), { today: 45905 }).register;
    const prints = scopedData(demo, SCOPES);
    expect(prints[SCOPES.length - 1]).toEqual({ data: "3b7679", excluded: 7 });
    expect(prints.map((p) => p.data)).toEqual(["695a65", "3633f2", "7e149a", "f87305", "3b7679"]);
    expect(prints.map((p) => p.excluded)).toEqual([3, 4, 5, 4, 7]);
  });

  it("reads a log row's period as its scope: a tertial's, else the whole register", () => {
    expect(scopeOfPeriod("T2 2025")).toEqual(T2);
    expect(scopeOfPeriod("Hela löftet")).toEqual(WHOLE_REGISTER);
    expect(scopeOfPeriod("2025")).toEqual(WHOLE_REGISTER);
    expect(scopeOfPeriod("vår")).toEqual(WHOLE_REGISTER);
  });
});

describe("each tab's summary in the log", () => {
  it("names the tab where a row with an error was typed, in the reports that would have read it", () => {
    const base = registerOf(baseGrids());
    const withError = registerOf(withRow(baseGrids(), "Stångåstaden", activity(d(2025, 6, 9), "trettio")));
    const changed = (scope: ReportScope) =>
      tabSummaries(withError, scope)
        .filter((t, i) => t.data !== tabSummaries(base, scope)[i]!.data)
        .map((t) => [t.sheet, t.rows]);
    // Its usable rows stay as they were; the tab is still named.
    expect(changed(T2)).toEqual([["Stångåstaden", 2]]);
    expect(changed(WHOLE_REGISTER)).toEqual([["Stångåstaden", 2]]);
    expect(changed(T1)).toEqual([]);
  });

  it("a tab with nothing in the scope is 000000 from the tabs' grid lines as through the cursor; a log row that gave it an empty hash reads so", () => {
    const base = registerOf(baseGrids());
    const withObjects: Register = { ...base, activities: base.activities };
    const empty = SCOPES.flatMap((scope) =>
      tabSummaries(base, scope)
        .filter((t) => t.rows === 0)
        .map((t) => [scope, t] as const),
    );
    // baseGrids has partner tabs with no rows in some tertials, so the case is here.
    expect(empty.length).toBeGreaterThan(0);
    for (const [, tab] of empty) expect(tab.data).toBe("000000");
    for (const scope of SCOPES) expect(tabSummaries(base, scope)).toEqual(tabSummaries(withObjects, scope));
    // The version of 3 December 2026 wrote the digest of an empty hash for such a tab read from a workbook.
    const written = parseTabs(
      "Underlag: aktiviteter i T1 2025, indikatorvärden till och med T1 2025\nStångåstaden: 0 [44d958]\nPolisen: 3 [44d958]",
    );
    expect(written.tabs).toEqual([
      { sheet: "Stångåstaden", rows: 0, data: "000000" },
      { sheet: "Polisen", rows: 3, data: "44d958" },
    ]);
  });

  it("are the same from the tabs' grid lines as through the cursor, for every scope, rows typed every which way", () => {
    for (let seed = 1; seed <= 8; seed++) {
      const register = checkRegister(mixedWorkbook(seed), { today: 46_037 }).register;
      expect(activitiesOf(register)).toBeInstanceOf(TabsSource);
      const withObjects: Register = { ...register, activities: register.activities };
      for (const scope of SCOPES) expect(tabSummaries(register, scope)).toEqual(tabSummaries(withObjects, scope));
    }
    const demo = checkRegister(demoRegister(), { today: 45905 }).register;
    for (const scope of SCOPES) expect(tabSummaries(demo, scope)).toEqual(tabSummaries({ ...demo, activities: demo.activities }, scope));
  });
});
