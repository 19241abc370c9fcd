import type { Finding } from "../../../src/core/findings";
import { readPledge } from "../../../src/core/register/read-pledge";
import { lofteSheet } from "../../support/register-builder";

const sheet = lofteSheet;

describe("Minsta antal att visa", () => {
  it("is 5 when the Löfte sheet does not set it", () => {
    const findings: Finding[] = [];
    expect(readPledge(sheet([]), findings)?.minCount).toBe(5);
    expect(readPledge(sheet([["Minsta antal att visa", "  "]]), findings)?.minCount).toBe(5);
    expect(findings).toEqual([]);
  });

  it("reads a whole number typed as a number or as text, whatever the field's case", () => {
    const findings: Finding[] = [];
    expect(readPledge(sheet([["Minsta antal att visa", 10]]), findings)?.minCount).toBe(10);
    expect(readPledge(sheet([["minsta  antal att visa", " 3 "]]), findings)?.minCount).toBe(3);
    expect(findings).toEqual([]);
  });

  it.each([["fem"], [2.5], [0], [-1]])("%p is an invalid-setting error at its cell, and 5 applies", (typed) => {
    const findings: Finding[] = [];
    const pledge = readPledge(sheet([["Minsta antal att visa", typed]]), findings);
    expect(pledge?.minCount).toBe(5);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "invalid-setting",
        severity: "error",
        sheet: "Löfte",
        cell: "B5",
        message: expect.stringContaining("heltal"),
      }),
    ]);
    // The pledge itself is still read: the setting is optional.
    expect(pledge?.name).toBe("Löftet");
  });
});
