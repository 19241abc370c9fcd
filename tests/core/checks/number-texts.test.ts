import { checkRegister } from "../../../src/core/check-register";
import type { Cell } from "../../../src/core/cell";
import { translateFindings } from "../../../src/core/messages/catalogue";
import { baseGrids, T2_2025, TODAY, withCell } from "../../support/register-builder";

/** The not-a-number finding at one cell of Polisen's tab, after typing `typed` there. */
function notANumber(cell: string, typed: Cell) {
  const { findings } = checkRegister(withCell(baseGrids(), "Polisen", cell, typed), { today: TODAY, tertial: T2_2025 });
  const f = findings.find((x) => x.code === "not-a-number" && x.cell === cell);
  if (!f) throw new Error(`no not-a-number at ${cell}: ${findings.map((x) => `${x.code} ${x.cell}`).join(", ")}`);
  return f;
}

describe("not-a-number says what to type, whole in a count column (issue 12)", () => {
  it.each([
    ["Tillfällen", "E4"],
    ["Deltagare", "F4"],
    ["Varav kvinnor/flickor", "G4"],
    ["Varav män/pojkar", "H4"],
  ])("%s gives a whole example, never a decimal one", (column, cell) => {
    const f = notANumber(cell, "ca 20");
    expect(f.message).toBe(`${column}: "ca 20" är inget tal. Skriv bara siffror, till exempel 12.`);
    expect(translateFindings([f], "en")[0]!.message).toBe(`${column}: "ca 20" is not a number. Type digits only, e.g. 12.`);
  });

  it.each([
    ["Värde", "M4"],
    ["Kvinnor", "N4"],
  ])("%s, a value that may be a decimal, gives a decimal example too", (column, cell) => {
    const f = notANumber(cell, "ca 20");
    expect(f.message).toBe(`${column}: "ca 20" är inget tal. Skriv bara siffror, till exempel 12 eller 3,5.`);
    expect(translateFindings([f], "en")[0]!.message).toContain("e.g. 12 or 3,5.");
  });

  it("keeps the whole example when the typed value is held back as personal data", () => {
    const f = notANumber("F4", "ring 070-123 45 67");
    expect(f.message).toMatch(/så värdet visas inte här\. Ta bort det och skriv bara siffror, till exempel 12\.$/);
    expect(translateFindings([f], "en")[0]!.message).toMatch(/digits only, e\.g\. 12\.$/);
  });
});
