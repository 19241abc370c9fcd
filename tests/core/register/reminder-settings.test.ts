/** The settings reminders need: `Löfte.Sista rapportdag` and `Parter.Kontakt`. */
import { checkRegister } from "../../../src/core/check-register";
import { baseGrids, TODAY, withCell, withRow } from "../../support/register-builder";

const check = (grids = baseGrids()) => checkRegister(grids, { today: TODAY });

describe("Löfte: Sista rapportdag", () => {
  it("is 14 days when the sheet does not set it", () => {
    expect(check().register.pledge?.reportDays).toBe(14);
  });

  it.each([
    [10, 10],
    ["21", 21],
    [0, 0],
  ])("reads %p as %p days", (typed, days) => {
    const result = check(withRow(baseGrids(), "Löfte", ["Sista rapportdag", typed]));
    expect(result.register.pledge?.reportDays).toBe(days);
    expect(result.findings.filter((f) => f.code === "invalid-setting")).toEqual([]);
  });

  it.each([["två veckor"], [-3], [7.5], [400]])("gives invalid-setting at the cell for %p and keeps 14 days", (typed) => {
    const result = check(withRow(baseGrids(), "Löfte", ["Sista rapportdag", typed]));
    expect(result.register.pledge?.reportDays).toBe(14);
    const found = result.findings.filter((f) => f.code === "invalid-setting");
    expect(found).toEqual([expect.objectContaining({ sheet: "Löfte", cell: "B9", severity: "error" })]);
    expect(found[0]!.message).toMatch(/Skriv ett heltal, till exempel 14/);
  });

  it("leaves the pledge readable when only the setting is wrong", () => {
    const result = check(withRow(baseGrids(), "Löfte", ["Sista rapportdag", "snart"]));
    expect(result.register.pledge?.name).toMatch(/Skäggetorp/);
  });
});

describe("Parter: Kontakt", () => {
  const withContact = (address: string) => withCell(baseGrids(), "Parter", "E2", address);

  it("is optional: a register without the column has no finding and no contact", () => {
    const result = check();
    expect(result.findings.filter((f) => f.sheet === "Parter")).toEqual([]);
    expect(result.register.partners.map((p) => p.contact)).toEqual([null, null]);
  });

  it("reads the e-mail address reminders go to", () => {
    expect(check(withContact(" trygghet@polisen.se ")).register.partners[0]?.contact).toBe("trygghet@polisen.se");
  });

  it("is no personal-data finding, though it holds an e-mail address", () => {
    const result = check(withContact("anna.andersson@polisen.se"));
    expect(result.findings.filter((f) => f.code === "personal-data")).toEqual([]);
  });
});
