/**
 * What the pane should show, computed here from the core on the same demo
 * register and the same "today", as the CLI would: the pane is checked
 * against the engine, not against numbers copied into the test.
 */
import { MemoryPort } from "../../src/app/memory-port";
import { makeReminders } from "../../src/app/reminders";
import { makeFinalReport, makeTertialReport } from "../../src/app/report";
import type { Reminders } from "../../src/core/reminders/reminders";
import type { Cell, Grid } from "../../src/core/cell";
import { checkRegister, type CheckResult } from "../../src/core/check-register";
import { serialFromIso } from "../../src/core/date";
import type { Finding } from "../../src/core/findings";
import { parsePeriod } from "../../src/core/period";
import { demoRegister } from "../../src/demo/demo-register";

/**
 * The day the browser tests and screenshots live on: after the pledge (it ran
 * 2024-08-01 – 2025-12-31), when the safety unit makes the final summary for
 * the board. The demo register holds data for every pledge tertial, so only
 * after the pledge does none of it lie in the future.
 */
export const TODAY = "2026-01-08";
/** The latest tertial that has ended by TODAY: T3 2025 ran 1 September–31 December. */
export const ENDED_TERTIAL = "T3 2025";
/** The partner tab the partner scenarios work on. */
export const PARTNER_TAB = "Polisen";

export interface Expected {
  check: CheckResult;
  /** Sheet names with findings, in the order the check sorts them, with their counts. */
  groups: { sheet: string; count: number }[];
  indicatorCount: number;
  tertialKortversion: string;
  finalKortversion: string;
  /** The core's reminders for ENDED_TERTIAL on TODAY. */
  reminders: Reminders;
  grid(sheet: string): Grid;
  onSheet(sheet: string): Finding[];
  /** The core's findings on `sheet` once one of its cells holds `value` (as the preview stores what is typed). */
  onSheetAfterEdit(sheet: string, row: number, col: number, value: Cell): Finding[];
  /** The core's whole check once one cell holds `value`. */
  checkAfterEdit(sheet: string, row: number, col: number, value: Cell): CheckResult;
}

const noonOf = (iso: string) => new Date(`${iso}T12:00:00Z`);

export async function computeExpected(): Promise<Expected> {
  const grids = demoRegister();
  const today = serialFromIso(TODAY);
  if (today === null) throw new Error(`bad TODAY ${TODAY}`);
  const check = checkRegister(grids, { today });
  const afterEdit = (sheet: string, row: number, col: number, value: Cell): CheckResult => {
    const edited = demoRegister();
    const values = edited.sheets.find((x) => x.name === sheet)!.values;
    values[row]![col] = value;
    return checkRegister(edited, { today });
  };
  const groups: { sheet: string; count: number }[] = [];
  for (const f of check.findings) {
    const last = groups[groups.length - 1];
    if (last && last.sheet === f.sheet) last.count++;
    else groups.push({ sheet: f.sheet, count: 1 });
  }
  const tertial = parsePeriod(ENDED_TERTIAL);
  if (!check.register.pledge || tertial?.kind !== "tertial") throw new Error("the demo register has no pledge");
  const tertialReport = await makeTertialReport(new MemoryPort(grids), { tertial, now: noonOf(TODAY) });
  const finalReport = await makeFinalReport(new MemoryPort(grids), { now: noonOf(TODAY) });
  const reminders = await makeReminders(new MemoryPort(grids), { today, tertial });
  if (!reminders) throw new Error("the demo register has no reminders");
  return {
    check,
    groups,
    indicatorCount: check.register.indicators.length,
    tertialKortversion: tertialReport.kortversion,
    finalKortversion: finalReport.kortversion,
    reminders,
    grid: (sheet) => {
      const s = grids.sheets.find((x) => x.name === sheet);
      if (!s) throw new Error(`the demo register has no sheet ${sheet}`);
      return s.values.map((r) => [...r]);
    },
    onSheet: (sheet) => check.findings.filter((f) => f.sheet === sheet),
    onSheetAfterEdit: (sheet, row, col, value) => afterEdit(sheet, row, col, value).findings.filter((f) => f.sheet === sheet),
    checkAfterEdit: (sheet, row, col, value) => afterEdit(sheet, row, col, value),
  };
}
