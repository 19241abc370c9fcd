import {
  markedSheet,
  markerName,
  markerNumber,
  markerReference,
  markersBySheet,
  nextMarkerNumber,
} from "../../../src/core/plan/sheet-marker";

describe("sheet markers", () => {
  it("refers to the sheet with its name quoted and apostrophes doubled", () => {
    expect(markerName(3)).toBe("MLofteGen_3");
    expect(markerReference("Rapport T2 2025")).toBe("'Rapport T2 2025'!$A$1");
    expect(markerReference("Kvinnors 'trygghet'")).toBe("'Kvinnors ''trygghet'''!$A$1");
  });

  it("reads a reference back in the forms Excel and the xlsx readers give it", () => {
    expect(markedSheet("='Rapport T2 2025'!$A$1")).toBe("Rapport T2 2025");
    expect(markedSheet("Kontroll!$A$1")).toBe("Kontroll");
    expect(markedSheet("'Kvinnors ''trygghet'''!$A$1")).toBe("Kvinnors 'trygghet'");
    expect(markedSheet(markerReference("Bob's"))).toBe("Bob's");
    expect(markedSheet("#REF!")).toBeNull();
    expect(markedSheet("=#REF!$A$1")).toBeNull();
  });

  it("knows its names whatever their case, and no other name", () => {
    expect(markerNumber("mloftegen_12")).toBe(12);
    expect(markerNumber("MLofteGen_")).toBeNull();
    expect(markerNumber("Utskriftsområde")).toBeNull();
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
