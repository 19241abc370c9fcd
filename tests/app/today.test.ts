/**
 * One clock for a report: the day the checks call "today", the default tertial
 * and the "Skapad" time on the report and the Kontroll sheet all come from the
 * local clock of the machine that makes it. At 00:30 on 1 September the day is
 * 1 September, though UTC may still say 31 August: T2 has ended, so the report
 * is T2's (on 31 August it would still be T1's). Local Dates are built from
 * local fields, so this holds in every time zone.
 */
import { MemoryPort } from "../../src/app/memory-port";
import { makeTertialReport, writeKontroll } from "../../src/app/report";
import type { Cell } from "../../src/core/cell";
import { baseGrids, d, withRow } from "../support/register-builder";

const JUST_AFTER_MIDNIGHT = new Date(2025, 8, 1, 0, 30);

/** Polisen's tab with activities dated 1 and 2 September 2025. */
function grids() {
  const row = (date: number, name: string): Cell[] => [date, "Å2", name, "Genomförd", 1, 10, 5, 5, null];
  return withRow(withRow(baseGrids(), "Polisen", row(d(2025, 9, 1), "Dialog i dag")), "Polisen", row(d(2025, 9, 2), "Dialog i morgon"));
}

const texts = (values: Cell[][]) => values.flat().filter((v): v is string => typeof v === "string");

describe("a report made at 00:30 local time on the first day of a tertial", () => {
  it("is the report of the tertial that has just ended, dated that day and minute", async () => {
    const outcome = await makeTertialReport(new MemoryPort(grids()), { now: JUST_AFTER_MIDNIGHT });
    expect(outcome.sheet).toBe("Rapport T2 2025");
    expect(texts(outcome.plans[0]!.values).find((t) => t.startsWith("Skapad "))).toMatch(/^Skapad 2025-09-01 00:30 · /);
    expect(texts(outcome.plans[1]!.values)[0]).toMatch(/^Kontroll 2025-09-01 00:30 · /);
  });

  it("judges an activity dated today as not in the future, and one dated tomorrow as in the future", async () => {
    const { check } = await writeKontroll(new MemoryPort(grids()), { now: JUST_AFTER_MIDNIGHT });
    const future = check.findings.filter((f) => f.code === "date-in-future").map((f) => `${f.sheet}!${f.cell}`);
    expect(future).toEqual(["Polisen!A7"]); // row 6 is 1 September, row 7 the 2nd
  });
});
