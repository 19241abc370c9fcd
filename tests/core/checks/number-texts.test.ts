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

describe("a text that may be thousands grouped with dots says both readings (issue 3)", () => {
  it("a value: both readings and what to type for each", () => {
    const f = notANumber("M5", "1.080");
    expect(f.message).toBe('Värde: "1.080" kan läsas både som 1 080 och som 1,08. Skriv 1 080 (med mellanslag) eller 1,08 (med komma).');
    expect(translateFindings([f], "en")[0]!.message).toBe(
      'Värde: "1.080" can be read both as 1 080 and as 1,08. Type 1 080 (with a space) or 1,08 (with a comma).',
    );
  });

  it("a count: only the whole reading to type", () => {
    const f = notANumber("F4", "1.200");
    expect(f.message).toBe('Deltagare: "1.200" kan läsas både som 1 200 och som 1,2. Skriv 1 200 (med mellanslag).');
    expect(translateFindings([f], "en")[0]!.message).toBe(
      'Deltagare: "1.200" can be read both as 1 200 and as 1,2. Type 1 200 (with a space).',
    );
  });

  it("a percent typed with dots", () => {
    const f = notANumber("N4", "1.080 %");
    expect(f.message).toBe(
      'Kvinnor: "1.080 %" kan läsas både som 1 080 % och som 1,08 %. Skriv 1 080 % (med mellanslag) eller 1,08 % (med komma).',
    );
  });

  it("two dots or more: only the thousands reading", () => {
    const f = notANumber("M5", "1.200.000");
    expect(f.message).toBe(
      'Värde: "1.200.000" har punkter mellan tusentalen, som kan läsas som decimaltecken. Skriv 1 200 000 (med mellanslag).',
    );
  });

  it("the value is not read into the trends either", () => {
    const { findings } = checkRegister(withCell(baseGrids(), "Polisen", "M5", "1.080"), { today: TODAY, tertial: T2_2025 });
    expect(findings.filter((x) => x.cell === "M5").map((x) => x.code)).toEqual(["not-a-number"]);
  });
});
