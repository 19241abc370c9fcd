/**
 * Findings are sorted by sheet (in tab order), row, column, severity, then code, equal ones in the order they
 * came. `sortFindings` reads the addresses the checks write without `parseA1` and sorts by index; it must give
 * the order that comparing the parts in turn, each address read by `parseA1`, gives.
 */
import { a1, parseA1 } from "../../src/core/address";
import { sortFindings } from "../../src/core/check-register";
import { type Finding, SEVERITY_ORDER, type Severity } from "../../src/core/findings";
import { seededRandom } from "../support/seeded-random";

const random = seededRandom;

/** The order the parts give, compared in turn; a stable sort, so equal findings keep their order. */
function byParts(findings: readonly Finding[], sheets: readonly string[]): Finding[] {
  const place = (f: Finding) => {
    const pos = f.cell ? parseA1(f.cell) : { row: -1, col: -1 };
    return [sheets.indexOf(f.sheet), pos.row, pos.col, SEVERITY_ORDER[f.severity]];
  };
  return [...findings].sort((a, b) => {
    const [pa, pb] = [place(a), place(b)];
    for (let k = 0; k < 4; k++) if (pa[k] !== pb[k]) return pa[k]! - pb[k]!;
    return a.code.localeCompare(b.code);
  });
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const CODES = ["required", "duplicate-row", "planned-in-past", "not-a-number", "date-in-future"];

const finding = (sheet: string, cell: string | null, severity: Severity, code: string, k: number) =>
  ({ code, severity, sheet, cell, message: `m${k}`, params: {} }) as unknown as Finding;

describe("sorted findings", () => {
  it("stand in tab order, then by row, column, severity and code, equal ones as they came", () => {
    const next = random(16);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const sheets = ["Löfte", "Parter", "Åtgärder", "Flik P001", "Flik P002", "Kontroll"];
    for (let round = 0; round < 20; round++) {
      const findings = Array.from({ length: 300 }, (_, k) => {
        // Rows and columns near each other and at the ends of a sheet (XFD, row 1 048 576), some without a cell.
        const row = pick([0, 1, 2, 9, 10, 99, 1_048_575, Math.floor(next() * 5000)]);
        const col = pick([0, 1, 25, 26, 27, 701, 702, 16_383, Math.floor(next() * 30)]);
        const address = a1(row, col);
        // Addresses as people or other code write them, read by parseA1: lower case, $ signs, spaces, a leading 0.
        const cell = pick([
          null,
          address,
          address,
          address,
          address.toLowerCase(),
          `$${address}`,
          ` ${address} `,
          address.replace(/^([A-Z]+)(\d{1,6})$/, "$10$2"),
        ]);
        // A sheet not in the tab order sorts first.
        const sheet = next() < 0.05 ? "Okänd" : pick(sheets);
        return finding(sheet, cell, pick(SEVERITIES), pick(CODES), k);
      });
      expect(sortFindings(findings, sheets).map((f) => f.message)).toEqual(byParts(findings, sheets).map((f) => f.message));
    }
  });

  it("read an address as parseA1 does, and refuse one it refuses", () => {
    const findings = ["B2", "A10", "AA1", "A2"].map((cell, k) => finding("T", cell, "error", "required", k));
    expect(sortFindings(findings, ["T"]).map((f) => f.cell)).toEqual(["AA1", "A2", "B2", "A10"]);
    expect(() => sortFindings([finding("T", "ABCD1", "error", "required", 0), finding("T", "A1", "error", "required", 1)], ["T"])).toThrow(
      "Not an A1 address",
    );
  });
});
