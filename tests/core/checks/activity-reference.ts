/**
 * The activity checks' measure, date and personal-data findings, and a reference for them worked out row by row:
 * each row's ID looked up in the measures by its key (`unknown-measure`, `not-involved`), its date compared with the
 * pledge, today and the measure's start and end (`date-outside-pledge`, `date-in-future`, `date-outside-measure`),
 * each free text screened whole by `findPersonalData` (`personal-data`). Shared by the tests that hold the checks'
 * fast paths (issue 16) to it: `activity-checks-reference.test.ts`, `activity-checks-typed.test.ts`.
 */
import type { WorkbookGrids } from "../../../src/core/cell";
import { checkActivities } from "../../../src/core/checks/activity-checks";
import { checkContext } from "../../../src/core/checks/context";
import { checkMasterSheets } from "../../../src/core/checks/master-checks";
import { isoFromSerial } from "../../../src/core/date";
import { findPersonalData } from "../../../src/core/personal-data";
import { ACTIVITY_COLUMN as C } from "../../../src/core/register/activity-rows";
import { readRegister } from "../../../src/core/register/read-register";
import { idKey } from "../../../src/core/values";

/** A finding as these tests compare it: its code, place and what it names (the ID, the date, the kind of data). */
export interface Seen {
  code: string;
  sheet: string;
  cell: string | null;
  what: string | number | undefined;
}

export const ACTIVITY_CODES = [
  "unknown-measure",
  "not-involved",
  "date-outside-pledge",
  "date-in-future",
  "date-outside-measure",
  "personal-data",
] as const;
export type ActivityCode = (typeof ACTIVITY_CODES)[number];

/** The findings of `codes` that the checks make, in their order. */
export function checkedFindings(grids: WorkbookGrids, today: number, codes: ReadonlySet<ActivityCode>): Seen[] {
  const draft = readRegister(grids);
  const ctx = checkContext(draft, today);
  checkMasterSheets(ctx);
  for (const tab of draft.tabs) checkActivities(ctx, tab);
  return ctx.findings
    .filter((f) => codes.has(f.code as ActivityCode))
    .map((f) => ({
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      what: f.code.startsWith("date-") ? f.params.date : (f.params.id ?? f.params.measure ?? f.params.kind),
    }));
}

/** What the reference finds of `codes`, row by row, in the checks' order within a row: the ID, the date, the title, the comment. */
export function referenceFindings(grids: WorkbookGrids, today: number, codes: ReadonlySet<ActivityCode>): Seen[] {
  const draft = readRegister(grids);
  const ctx = checkContext(draft, today);
  checkMasterSheets(ctx);
  const out: Seen[] = [];
  const push = (seen: Seen & { code: ActivityCode }) => void (codes.has(seen.code) && out.push(seen));
  for (const tab of draft.tabs) {
    const data = tab.activities;
    for (let i = 0; i < data.length; i++) {
      const id = data.value(i, C.measureId);
      if (typeof id === "string") {
        const m = ctx.measures.get(idKey(id));
        const at = data.cellAt(i, "Åtgärd-ID");
        if (!m) {
          if (draft.read.atgarder) push({ code: "unknown-measure", sheet: data.sheet, cell: at, what: id });
        } else if (!m.hasError) {
          const named = [m.values["Ansvarig"], ...((m.values["Medverkande"] as string[] | undefined) ?? [])];
          const involved = named.some((n) => typeof n === "string" && idKey(n) === tab.partnerId);
          if (!involved) push({ code: "not-involved", sheet: data.sheet, cell: at, what: id });
        }
      }
      const date = data.value(i, C.date);
      if (typeof date === "number") {
        const pledge = draft.pledge;
        const m = typeof id === "string" ? ctx.measures.get(idKey(id)) : undefined;
        const [start, end] = [m?.values["Start"], m?.values["Slut"]];
        const at = data.cellAt(i, "Datum");
        const what = isoFromSerial(date);
        if (pledge !== null && (date < pledge.validFrom || date > pledge.validTo))
          push({ code: "date-outside-pledge", sheet: data.sheet, cell: at, what });
        if (date > today) push({ code: "date-in-future", sheet: data.sheet, cell: at, what });
        if ((typeof start === "number" && date < start) || (typeof end === "number" && date > end)) {
          push({ code: "date-outside-measure", sheet: data.sheet, cell: at, what });
        }
      }
      for (const [c, header] of [
        [C.title, "Aktivitet"],
        [C.comment, "Kommentar"],
      ] as const) {
        const cell = data.cell(i, c);
        const text = typeof cell === "string" ? cell : typeof cell === "number" ? String(cell) : null;
        const kind = text === null ? undefined : findPersonalData(text)[0]?.kind;
        if (kind !== undefined) push({ code: "personal-data", sheet: data.sheet, cell: data.cellAt(i, header), what: kind });
      }
    }
  }
  return out;
}
