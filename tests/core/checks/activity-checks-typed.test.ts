/**
 * Review of issue 16's activity checks (cb12d62: the personal-data screen's first test in the row loop, a row's ID
 * compared with the tab's first IDs before the map) as a property test: partner tabs whose IDs are drawn from many
 * more than the six compared first (repeating far apart and across tabs, in other case, with spaces and no-break
 * spaces, with a name after a hyphen, en dash, em dash or minus sign, as numbers) and whose titles and comments hold
 * personal identity numbers, phone numbers and e-mail addresses in the forms people type them (and near misses), as
 * text and as numbers. The checks' unknown-measure, not-involved and personal-data findings must be those of a
 * reference that looks every row's ID up by its key and screens every free text whole with `findPersonalData`.
 */
import fc from "fast-check";
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { ACTIVITY_COLUMN } from "../../../src/core/register/activity-rows";
import { syntheticRegister } from "../../../scripts/bench/synthetic-register";
import { type ActivityCode, checkedFindings, referenceFindings } from "./activity-reference";

const TODAY = 46_037;
const C = ACTIVITY_COLUMN;

const IDS: readonly Cell[] = [
  "Å1", "Å2", "Å3", "Å4", "Å5", "Å6", "Å7", "Å8", "Å9", "Å10", "Å99", "å3", "Å3 ", " Å4", "Å5\u00a0", "Å1 - Trygghetsvandring",
  "Å2 \u2013 Läxhjälp", "Å6\u2014x", "Å7 \u2212 Namn", "Å8-", "Å\u20131", "ÅÅ1", "", " ", null, 1, 12,
];
const PERSONAL = [
  "19811218-9876", "811218-9876", "811218+9876", "8112189876", "198112189876", "19811278-9875", "811218 9876",
  "070-123 45 67", "0701234567", "+46 70 123 45 67", "+46701234567", "08-123 456 78", "08 123 456 78", "070\u00a0123\u00a045\u00a067",
  "anna.berg@example.se", "ANNA@EXAMPLE.SE", "a@b", "info@förening.se", "@polisen", "kontakt: anna(at)example.se",
  "OCR 8112189876", "Faktura 0701234567", "https://x.se/?id=8112189876", "１２３４５６７８９０", "12345678", "1234567",
  "2025-03-14", "14/3 2025 kl 18.00", "12 deltagare, 3 ledare", "Träff", "Läxhjälp",
];
const text = fc
  .array(fc.constantFrom(...PERSONAL, " ", ", ", "Ring ", "Möte ", "tel:", "\n"), { minLength: 1, maxLength: 4 })
  .map((p) => p.join(""));
const free: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: text, weight: 6 },
  { arbitrary: fc.constantFrom<Cell>(null, "", 8_112_189_876, 198_112_189_876, 701_234_567, 46_701_234_567, 12_345_678, 1.5, true), weight: 2 },
);

const CODES = new Set<ActivityCode>(["unknown-measure", "not-involved", "personal-data"]);
const checked = (grids: WorkbookGrids) => checkedFindings(grids, TODAY, CODES);
const reference = (grids: WorkbookGrids) => referenceFindings(grids, TODAY, CODES);

const BASE = syntheticRegister(3, 40);

/** The register's partner tabs with each data line's ID, title and comment drawn (the master sheets as they are). */
function typed(picks: readonly [number, Cell, Cell, boolean][]): WorkbookGrids {
  let n = 0;
  return {
    sheets: BASE.sheets.map((s, k) => {
      if (k < 4) return s;
      const values = s.values.map((line) => [...line]);
      for (const line of values) {
        if (typeof line[C.date] !== "number") continue;
        const [id, title, comment, keep] = picks[n++ % picks.length]!;
        line[C.measureId] = IDS[id % IDS.length]!;
        if (!keep) {
          line[C.title] = title;
          line[C.comment] = comment;
        }
      }
      return { ...s, values };
    }),
  };
}

describe("the activity checks' IDs and free texts as people type them (review of issue 16)", () => {
  it("give the findings of looking every ID up by its key and screening every text whole", () => {
    const seen = new Set<string>();
    const picks = fc.array(fc.tuple(fc.nat(IDS.length * 3), free, free, fc.boolean()), { minLength: 7, maxLength: 90 });
    fc.assert(
      fc.property(picks, (p) => {
        const grids = typed(p);
        const found = checked(grids);
        expect(found).toEqual(reference(grids));
        for (const f of found) seen.add(`${f.code}:${f.code === "personal-data" ? f.what : ""}`);
      }),
      { seed: 20261203, numRuns: 150 },
    );
    // Every kind of finding was met.
    expect([...seen].sort()).toEqual(["not-involved:", "personal-data:e-post", "personal-data:personnummer", "personal-data:telefon", "unknown-measure:"]);
  });
});
