import { quoteSheetName, sheetNameKey, sheetNameProblem } from "../../../src/core/plan/sheet-names";

describe("sheetNameProblem: Excel's rules for a sheet name, in Swedish", () => {
  it("accepts an ordinary Swedish report name", () => {
    expect(sheetNameProblem("Rapport T2 2025")).toBeNull();
    expect(sheetNameProblem("Åtgärder")).toBeNull();
  });

  it.each([
    ["", "inte vara tomt"],
    ["Rapport för Skäggetorp tertial två 2025", 'högst 31 tecken; "Rapport för Skäggetorp tertial två 2025" har 39'],
    ["T2/2025", "[ ] : * ? / \\"],
    ["'Rapport", "apostrof"],
    ["history", "Excel använder namnet History själv"],
  ])("explains why %j is refused", (name, reason) => {
    expect(sheetNameProblem(name)).toContain(reason);
  });
});

describe("sheet names as Excel holds them", () => {
  it("are one sheet whatever their case, but not with other spaces", () => {
    expect(sheetNameKey("KONTROLL")).toBe(sheetNameKey("Kontroll"));
    expect(sheetNameKey("Åtgärder")).toBe(sheetNameKey("åtgärder"));
    expect(sheetNameKey("Kontroll ")).not.toBe(sheetNameKey("Kontroll"));
  });

  it("are quoted in a reference with apostrophes doubled", () => {
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});
