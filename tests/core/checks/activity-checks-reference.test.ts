/**
 * The activity checks' measure and personal-data findings, against a reference worked out row by row here: each
 * row's ID looked up in the measures by its key (`unknown-measure`, `not-involved`), each free text screened whole
 * by `findPersonalData` (`personal-data`). The checks compare a row's ID with the first IDs a tab met before their
 * map of them, and call the screen's first test themselves; tabs here name more IDs than they compare (typed in
 * other cases, with spaces, unknown, repeated late), and hold personal data as text and as numbers.
 */
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { checkActivities } from "../../../src/core/checks/activity-checks";
import { checkContext } from "../../../src/core/checks/context";
import { checkMasterSheets } from "../../../src/core/checks/master-checks";
import { findPersonalData } from "../../../src/core/personal-data";
import { ACTIVITY_COLUMN } from "../../../src/core/register/activity-rows";
import { readRegister } from "../../../src/core/register/read-register";
import { idKey } from "../../../src/core/values";
import { syntheticRegister } from "../../../scripts/bench/synthetic-register";
import { mixedWorkbook } from "../register/mixed-workbook";

const TODAY = 46_037;
const C = ACTIVITY_COLUMN;

/** IDs as people type them: known and unknown, other case, spaces around, one named on no tab's measures. */
const IDS: readonly Cell[] = ["Å1", "Å2", "Å3", "Å4", "Å5", "Å6", "Å7", "Å8", "Å99", "å6", " Å11", "Å1 ", "Å6", "Å12", "Å2"];
/** Free texts with and without personal data, as text and as a number. */
const TEXTS: readonly Cell[] = [
  "Ring Anna på 070-123 45 67",
  "anna.berg@example.se",
  198_112_189_876,
  "Möte 19811218-9876",
  "Träff 12, 14 deltagare, 3 ledare",
  12_345,
  "Läxhjälp",
  null,
];

/** The synthetic register's partner tabs with their IDs and texts replaced, line by line (the first tabs' lines as they are). */
function withIds(grids: WorkbookGrids, step: number): WorkbookGrids {
  return {
    sheets: grids.sheets.map((s, k) => {
      if (k < 4) return s;
      const values = s.values.map((line) => [...line]);
      for (let r = 0; r < values.length; r++) {
        const line = values[r]!;
        if (typeof line[C.date] !== "number") continue;
        line[C.measureId] = IDS[Math.floor((r * step + k) / 3) % IDS.length]!;
        if (r % 5 === 0) line[C.title] = TEXTS[(r + k) % TEXTS.length]!;
        if (r % 7 === 0) line[C.comment] = TEXTS[(r * 3 + k) % TEXTS.length]!;
      }
      return { ...s, values };
    }),
  };
}

interface Seen {
  code: string;
  sheet: string;
  cell: string | null;
  what: string | number | undefined;
}

const CODES = new Set(["unknown-measure", "not-involved", "personal-data"]);

function checked(grids: WorkbookGrids): Seen[] {
  const draft = readRegister(grids);
  const ctx = checkContext(draft, TODAY);
  checkMasterSheets(ctx);
  for (const tab of draft.tabs) checkActivities(ctx, tab);
  return ctx.findings
    .filter((f) => CODES.has(f.code))
    .map((f) => ({ code: f.code, sheet: f.sheet, cell: f.cell, what: f.params.id ?? f.params.measure ?? f.params.kind }));
}

/** What the reference finds, row by row, in the checks' order within a row: the ID, the title, the comment. */
function reference(grids: WorkbookGrids): Seen[] {
  const draft = readRegister(grids);
  const ctx = checkContext(draft, TODAY);
  checkMasterSheets(ctx);
  const out: Seen[] = [];
  for (const tab of draft.tabs) {
    const data = tab.activities;
    for (let i = 0; i < data.length; i++) {
      const id = data.value(i, C.measureId);
      if (typeof id === "string") {
        const m = ctx.measures.get(idKey(id));
        const at = data.cellAt(i, "Åtgärd-ID");
        if (!m) {
          if (draft.read.atgarder) out.push({ code: "unknown-measure", sheet: data.sheet, cell: at, what: id });
        } else if (!m.hasError) {
          const named = [m.values["Ansvarig"], ...((m.values["Medverkande"] as string[] | undefined) ?? [])];
          const involved = named.some((n) => typeof n === "string" && idKey(n) === tab.partnerId);
          if (!involved) out.push({ code: "not-involved", sheet: data.sheet, cell: at, what: id });
        }
      }
      for (const [c, header] of [
        [C.title, "Aktivitet"],
        [C.comment, "Kommentar"],
      ] as const) {
        const cell = data.cell(i, c);
        const text = typeof cell === "string" ? cell : typeof cell === "number" ? String(cell) : null;
        const kind = text === null ? undefined : findPersonalData(text)[0]?.kind;
        if (kind !== undefined) out.push({ code: "personal-data", sheet: data.sheet, cell: data.cellAt(i, header), what: kind });
      }
    }
  }
  return out;
}

describe("the activity checks' IDs and free texts, against a row-by-row reference", () => {
  it("find each unknown ID, each measure the partner is not on and each personal datum, where more IDs are named than compared", () => {
    for (const step of [1, 4, 11]) {
      const grids = withIds(syntheticRegister(4, 160), step);
      const found = checked(grids);
      expect(found).toEqual(reference(grids));
      const codes = found.map((f) => f.code);
      expect(codes).toContain("unknown-measure");
      expect(codes).toContain("not-involved");
      expect(found.filter((f) => f.code === "personal-data").map((f) => f.what)).toEqual(
        expect.arrayContaining(["telefon", "e-post", "personnummer"]),
      );
    }
  });

  it("find the same in rows typed every which way", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const grids = withIds(mixedWorkbook(seed), 3);
      expect(checked(grids)).toEqual(reference(grids));
    }
  });
});
