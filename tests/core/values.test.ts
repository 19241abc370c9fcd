import { cellText, fold, idKey, isErrorValue, toChoice, toCount, toDate, toIdList, toNumber } from "../../src/core/values";
import { serialFromYMD } from "../../src/core/date";

const value = <T>(r: { ok: true; value: T } | { ok: false; code: string }) => (r.ok ? r.value : r.code);

describe("numbers as Swedes type them", () => {
  it.each([
    [12, 12],
    ["12", 12],
    ["3,5", 3.5],
    ["3.5", 3.5],
    ["1 200", 1200],
    ["1\u00a0200", 1200],
    ["1\u202f200,5", 1200.5],
    ["12 500 000", 12500000],
    ["-4", -4],
    ["\u22124,5", -4.5],
    ["  7 ", 7],
  ])("reads %p as %p", (cell, expected) => expect(value(toNumber(cell))).toBe(expected));
  it.each([["ca 20"], ["12 st"], ["1 20"], ["1,2,3"], ["abc"], ["1e3x"], [true]])("rejects %p as not-a-number", (cell) => {
    expect(value(toNumber(cell))).toBe("not-a-number");
  });
  it("gives cell-error for Excel error values", () => expect(value(toNumber("#DIV/0!"))).toBe("cell-error"));
  it("gives required for empty text", () => expect(value(toNumber("  "))).toBe("required"));
  it("rejects NaN and Infinity", () => {
    expect(value(toNumber(NaN))).toBe("not-a-number");
    expect(value(toNumber(Infinity))).toBe("not-a-number");
  });
});

describe("counts", () => {
  it("accepts whole numbers and zero", () => {
    expect(value(toCount(0))).toBe(0);
    expect(value(toCount("1 200"))).toBe(1200);
  });
  it("rejects fractions and negatives with their own codes", () => {
    expect(value(toCount(2.5))).toBe("not-a-whole-number");
    expect(value(toCount("2,5"))).toBe("not-a-whole-number");
    expect(value(toCount(-1))).toBe("negative");
  });
});

describe("dates", () => {
  it("takes Excel serials (dropping the time of day)", () => {
    expect(value(toDate(45730))).toBe(45730);
    expect(value(toDate(45730.75))).toBe(45730);
  });
  it("reads ISO text dates", () => expect(value(toDate("2025-03-14"))).toBe(serialFromYMD(2025, 3, 14)));
  it("reads ISO text with a time", () => expect(value(toDate("2025-03-14T10:00:00"))).toBe(serialFromYMD(2025, 3, 14)));
  it.each([["14/3 2025"], ["2025-02-30"], ["2025-13-01"], ["2025-3-14"], ["igår"], ["mars"], ["03/14/2025"], [true], [0], [-5], [3e6]])("rejects %p", (cell) => {
    expect(value(toDate(cell))).toBe("not-a-date");
  });
  it("serial 45730 is 2025-03-14", () => expect(serialFromYMD(2025, 3, 14)).toBe(45730));
});

describe("choices, IDs and lists", () => {
  it("matches allowed values case-insensitively and gives the canonical spelling", () => {
    expect(value(toChoice(" genomförd ", ["Planerad", "Genomförd"]))).toBe("Genomförd");
    expect(value(toChoice("Klar", ["Planerad", "Genomförd"]))).toBe("unknown-value");
  });
  it("folds IDs", () => {
    expect(idKey("  Pol ")).toBe(idKey("POL"));
    expect(fold("Åtgärd-ID")).toBe(fold(" åtgärd-id "));
  });
  it("splits ID lists by comma and semicolon", () => expect(value(toIdList("POL, STG;KOM ;"))).toEqual(["POL", "STG", "KOM"]));
  it("recognises Excel error values", () => {
    for (const e of ["#N/A", "#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!"]) expect(isErrorValue(e)).toBe(true);
    expect(isErrorValue("#hashtag")).toBe(false);
  });
  it("prints cells as text", () => {
    expect(cellText(true)).toBe("SANT");
    expect(cellText(null)).toBe("");
  });
});
