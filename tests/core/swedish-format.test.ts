import {
  countNoun,
  rowsExcluded,
  decimalsOf,
  formatNumberSv,
  formatPercentValueSv,
  formatShareSv,
  monthSpanOfSerials,
  localDate,
  localDateTime,
  tertialMonthSpan,
} from "../../src/core/swedish-format";
import { serial } from "./trends/factories";

describe("Swedish number formatting", () => {
  it("separates thousands with a space", () => {
    expect(formatNumberSv(1230)).toBe("1 230");
    expect(formatNumberSv(1234567)).toBe("1 234 567");
    expect(formatNumberSv(999)).toBe("999");
  });

  it("writes a decimal comma", () => {
    expect(formatNumberSv(3.4, 1)).toBe("3,4");
    expect(formatNumberSv(1230.25, 2)).toBe("1 230,25");
    expect(formatNumberSv(3, 1)).toBe("3,0");
  });

  it("writes negatives with a real minus sign", () => {
    expect(formatNumberSv(-23)).toBe("\u221223");
    expect(formatNumberSv(-1230.5, 1)).toBe("\u22121 230,5");
  });

  it("does not write minus zero when a small negative rounds to zero", () => {
    expect(formatNumberSv(-0.04, 1)).toBe("0,0");
  });

  it("shows a share as whole percent with a space before the sign", () => {
    expect(formatShareSv(0.44)).toBe("44 %");
    expect(formatShareSv(0.5893)).toBe("59 %");
    expect(formatPercentValueSv(41.5)).toBe("41,5 %");
  });

  it("finds the decimals a value needs", () => {
    expect(decimalsOf(3)).toBe(0);
    expect(decimalsOf(3.4)).toBe(1);
    expect(decimalsOf(3.25)).toBe(2);
    expect(decimalsOf(1 / 3)).toBe(2);
  });

  it("counts with singular and plural", () => {
    expect(countNoun(1, "rad", "rader")).toBe("1 rad");
    expect(countNoun(1230, "rad", "rader")).toBe("1 230 rader");
  });
});

describe("Swedish month spans", () => {
  it("names each tertial's months", () => {
    expect(tertialMonthSpan(2025, 1)).toBe("januari–april 2025");
    expect(tertialMonthSpan(2025, 2)).toBe("maj–augusti 2025");
    expect(tertialMonthSpan(2024, 3)).toBe("september–december 2024");
  });

  it("spans a pledge across years", () => {
    expect(monthSpanOfSerials(serial("2024-08-01"), serial("2025-12-31"))).toBe("augusti 2024–december 2025");
    expect(monthSpanOfSerials(serial("2025-05-01"), serial("2025-08-31"))).toBe("maj–augusti 2025");
  });
});

describe("the time on a report: the local clock that also decides today", () => {
  it("shows a moment's local date and time, whatever the machine's zone", () => {
    expect(localDateTime(new Date(2025, 8, 5, 14, 32))).toBe("2025-09-05 14:32");
    expect(localDate(new Date(2026, 0, 1, 0, 30))).toBe("2026-01-01");
  });

  it("at a given offset: Swedish summer time (UTC+2) and winter time (UTC+1) across midnight", () => {
    expect(localDateTime(new Date("2025-09-05T12:32:00Z"), 120)).toBe("2025-09-05 14:32");
    expect(localDateTime(new Date("2025-12-31T23:30:00Z"), 60)).toBe("2026-01-01 00:30");
  });
});

describe("rowsExcluded (the report head's and the CLI's count of rows left out)", () => {
  it("agrees with the count: one row utelämnad, more rader utelämnade", () => {
    expect(rowsExcluded(1)).toBe("1 rad utelämnad");
    expect(rowsExcluded(7)).toBe("7 rader utelämnade");
    expect(rowsExcluded(1200)).toBe("1 200 rader utelämnade");
  });
});
