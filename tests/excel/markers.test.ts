import { markedSheet, markerName, markerReference, markersBySheet, nextMarkerNumber } from "../../src/excel/markers";
import { sheetNameProblem } from "../../src/excel/sheet-name";

describe("sheet markers", () => {
  it("refers to the sheet with its name quoted and apostrophes doubled", () => {
    expect(markerName(3)).toBe("MLofteGen_3");
    expect(markerReference("Rapport T2 2025")).toBe("='Rapport T2 2025'!$A$1");
    expect(markerReference("Kvinnors 'trygghet'")).toBe("='Kvinnors ''trygghet'''!$A$1");
  });

  it("reads a reference back in the forms Excel gives it", () => {
    expect(markedSheet("='Rapport T2 2025'!$A$1")).toBe("Rapport T2 2025");
    expect(markedSheet("Kontroll!$A$1")).toBe("Kontroll");
    expect(markedSheet("'Kvinnors ''trygghet'''!$A$1")).toBe("Kvinnors 'trygghet'");
    expect(markedSheet("#REF!")).toBeNull();
    expect(markedSheet("=#REF!$A$1")).toBeNull();
  });

  it("groups markers by sheet and numbers the next one past every marker, stale ones too", () => {
    const names = [
      { name: "MLofteGen_1", reference: "Kontroll!$A$1" },
      { name: "MLofteGen_7", reference: "#REF!" },
      { name: "Utskriftsområde", reference: "Parter!$A$1" },
    ];
    expect([...markersBySheet(names)]).toEqual([["kontroll", ["MLofteGen_1"]]]);
    expect(nextMarkerNumber(names)).toBe(8);
  });
});

describe("sheetNameProblem", () => {
  it("accepts an ordinary Swedish report name", () => {
    expect(sheetNameProblem("Rapport T2 2025")).toBeNull();
    expect(sheetNameProblem("Åtgärder")).toBeNull();
  });

  it.each([
    ["", "ingen flik utan namn"],
    ["Rapport för Skäggetorp tertial två 2025", "har 39 tecken; Excel tillåter högst 31"],
    ["T2/2025", "tecknet /"],
    ["'Rapport", "apostrof"],
    ["history", "reserverat"],
  ])("explains in Swedish why %j is refused", (name, reason) => {
    expect(sheetNameProblem(name)).toContain(reason);
  });
});
