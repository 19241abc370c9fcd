import {
  cellText,
  dotGroupedReadings,
  fold,
  idKey,
  isErrorValue,
  isPercentFormat,
  readId,
  shownNumber,
  toChoice,
  toCount,
  toDate,
  toIdList,
  toNumber,
  isDateFormat,
} from "../../src/core/values";
import { checkRegister } from "../../src/core/check-register";
import { serialFromYMD } from "../../src/core/date";
import { activityFigures } from "../../src/core/figures/activity-figures";
import { parsePeriod, type TertialPeriod } from "../../src/core/period";
import { computeTrends } from "../../src/core/trends/trends";
import { baseGrids, d, withCell } from "../support/register-builder";

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

describe("thousands grouped with dots are read as neither reading (issue 3)", () => {
  it.each([
    ["3.5", 3.5],
    ["1.5", 1.5],
    ["0.125", 0.125],
    ["12.25", 12.25],
    ["1234.567", 1234.567],
    ["41.5%", 41.5],
  ])("a decimal point that cannot be a thousands group: %p is %p", (cell, expected) => expect(value(toNumber(cell))).toBe(expected));
  it.each([["1.080"], ["1.200"], ["12.500"], ["999.999"], ["-1.080"], ["\u22121.080"], ["1.200.000"], ["1.080 %"], ["1.080%"]])(
    "%p is not-a-number, in a count too",
    (cell) => {
      expect(value(toNumber(cell))).toBe("not-a-number");
      expect(value(toCount(cell))).toBe("not-a-number");
    },
  );
  it("gives both readings for the message", () => {
    expect(dotGroupedReadings("1.080")).toEqual({ thousands: "1 080", decimal: "1,08" });
    expect(dotGroupedReadings(" 1.200 ")).toEqual({ thousands: "1 200", decimal: "1,2" });
    expect(dotGroupedReadings("3.000")).toEqual({ thousands: "3 000", decimal: "3" });
    expect(dotGroupedReadings("-12.500")).toEqual({ thousands: "-12 500", decimal: "-12,5" });
    expect(dotGroupedReadings("1.080 %")).toEqual({ thousands: "1 080 %", decimal: "1,08 %" });
    expect(dotGroupedReadings("1.200.000")).toEqual({ thousands: "1 200 000", decimal: null });
    for (const other of ["3.5", "0.125", "1,080", "1 080", "ca 1.080", 1.08, null]) expect(dotGroupedReadings(other)).toBeNull();
  });
});

describe("numbers typed with a percent sign count as the number shown", () => {
  it.each([
    ["38 %", 38],
    ["38%", 38],
    ["41,5 %", 41.5],
    ["41.5%", 41.5],
    ["38\u00a0%", 38],
    ["38\u202f%", 38],
    [" -5 % ", -5],
    ["1 200 %", 1200],
  ])("reads %p as %p", (cell, expected) => expect(value(toNumber(cell))).toBe(expected));
  it.each([["%"], [" %"], ["38 %%"], ["% 38"], ["38 procent"], ["ca 38 %"]])("rejects %p as not-a-number", (cell) =>
    expect(value(toNumber(cell))).toBe("not-a-number"),
  );
  it("a count typed with a percent sign is its number, whole or not", () => {
    expect(value(toCount("38 %"))).toBe(38);
    expect(value(toCount("2,5 %"))).toBe("not-a-whole-number");
  });
});

describe("isPercentFormat: Excel multiplies by 100 for a % outside quotes, escapes and brackets", () => {
  it.each(["0%", "0.0%", "0.00 %", "#,##0.0%", "0%;-0%", "[Red]0.0%", "[$-41D]0.0 %", '0.0% "av alla"', "0.0%_);(0.0%)"])(
    "%p is a percent format",
    (format) => expect(isPercentFormat(format)).toBe(true),
  );
  it.each(["General", "0", "0.0", "", '0.0"%"', "0.0\\%", "0_%", "0*%", "@", "yyyy-mm-dd", '"%"0', "[%]0"])("%p is not", (format) =>
    expect(isPercentFormat(format)).toBe(false),
  );
  it("is false for no format at all", () => {
    expect(isPercentFormat(null)).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
  it("looks at the section that applies to the value", () => {
    expect(isPercentFormat("0%;-0", 0.5)).toBe(true);
    expect(isPercentFormat("0%;-0", -0.5)).toBe(false);
    expect(isPercentFormat("0%;-0", 0)).toBe(true);
    expect(isPercentFormat("0;-0;0%", 0)).toBe(true);
    expect(isPercentFormat("0;-0;0%", 1)).toBe(false);
    expect(isPercentFormat('0;-0;0;"%"@', 1)).toBe(false);
    expect(isPercentFormat('"a;b"0%', 1)).toBe(true);
  });
  it("follows conditions in brackets", () => {
    expect(isPercentFormat("[<1]0%;0", 0.5)).toBe(true);
    expect(isPercentFormat("[<1]0%;0", 5)).toBe(false);
    expect(isPercentFormat("[>=100]0;[<0]-0;0.0%", 42)).toBe(true);
    expect(isPercentFormat("[>=100]0;[<0]-0;0.0%", 142)).toBe(false);
  });
});

describe("shownNumber: a number as the cell shows it", () => {
  it.each([
    [0.415, "0.0%", 41.5],
    [0.415, "0.0 %", 41.5],
    [0.38, "0%", 38],
    [0.07, "0%", 7],
    [0.1 + 0.2, "0%", 30],
    [1, "0%", 100],
    [0, "0%", 0],
    [-0.125, "0.0%", -12.5],
    [0.415, "0.0", 0.415],
    [45730, "yyyy-mm-dd", 45730],
    [12, "General", 12],
    [12, null, 12],
  ])("%p in %p is %p", (stored, format, shown) => expect(shownNumber(stored, format)).toBe(shown));
  it("keeps the digits typed, not the shown rounding", () => expect(shownNumber(0.4156, "0%")).toBe(41.56));
  it("leaves NaN and infinities as they are", () => {
    expect(shownNumber(NaN, "0%")).toBeNaN();
    expect(shownNumber(Infinity, "0%")).toBe(Infinity);
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
  it.each([["14/3 2025"], ["2025-02-30"], ["2025-13-01"], ["2025-3-14"], ["igår"], ["mars"], ["03/14/2025"], [true], [0], [-5], [3e6]])(
    "rejects %p",
    (cell) => {
      expect(value(toDate(cell))).toBe("not-a-date");
    },
  );
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

describe("the comparison key (fold), one for checks and figures", () => {
  it("is NFC, trimmed, every run of white space one space, case-folded", () => {
    expect(fold(" A\u030a1 ")).toBe("å1");
    expect(fold("Varav\nkvinnor/flickor")).toBe("varav kvinnor/flickor");
    expect(fold("Idrott\u00a0och \u202f fritid")).toBe("idrott och fritid");
    expect(idKey("  Pol ")).toBe(fold("POL"));
  });

  it("keeps a decomposed Å1 and a spaced-out ID that the check accepts in the figures and the trends", () => {
    // Stångåstaden's activity on Å1 typed with Å as A + ring (as some Mac sources give it), its I3 value as "i3" + a no-break space.
    let grids = withCell(baseGrids(), "Stångåstaden", "B4", "A\u030a1");
    grids = withCell(grids, "Stångåstaden", "L4", "i3\u00a0");
    const check = checkRegister(grids, { today: d(2025, 9, 5) });
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    const t2 = parsePeriod("T2 2025") as TertialPeriod;
    const figures = activityFigures(check.register, t2);
    expect(figures.byMeasure.find((m) => m.measureId === "Å1")?.activities).toBe(1);
    expect(computeTrends(check.register, t2).indicators.find((i) => i.id === "I3")?.value).toBe(49);
  });
});

describe("an ID with its name after a dash, as the dropdowns offer it", () => {
  it.each([
    ["Å4 – Polisiär närvaro i centrum", "Å4"],
    ["Å4 - Polisiär närvaro i centrum", "Å4"],
    ["Å4 — Polisiär närvaro", "Å4"],
    ["  I6\u00a0–\u00a0Trygghetsindex – kvinnor  ", "I6"],
    ["Å4 –\nnamn på två rader", "Å4"],
  ])("reads %p as %p", (typed, id) => {
    expect(readId(typed)).toBe(id);
  });

  it.each([["KOM-1"], ["Å4-namn"], ["Å4 –"], ["– Polisiär närvaro"]])(
    "keeps %p as typed (no dash between spaces before a name)",
    (typed) => {
      expect(readId(typed)).toBe(typed);
    },
  );

  it("compares with the bare ID by idKey", () => {
    expect(idKey(readId("å4 – Polisiär") as string)).toBe(idKey("Å4"));
  });
});

describe("isDateFormat: formats Excel shows as a date or a time", () => {
  it.each(["yyyy-mm-dd", "d mmm yyyy", "[$-41D]d mmmm yyyy", "h:mm", "[h]:mm:ss", "m/d/yy h:mm AM/PM", "mmm-yy"])("%j is", (f) =>
    expect(isDateFormat(f)).toBe(true),
  );
  it.each(["General", "0.0%", "# ##0", '"dag "0', "0 [$kr-41D]", "0.00E+00", "@", "", "\\d0"])("%j is not", (f) =>
    expect(isDateFormat(f)).toBe(false),
  );
});
