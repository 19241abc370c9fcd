import { rowBreaks, pageCapacity } from "../../../src/core/plan/page-breaks";
import { REPORT_MARGINS } from "../../../src/core/report/layout/report-styles";
import { TERTIAL_WIDTHS } from "../../../src/core/report/layout/tertial-report-plan";

const flat = (rowCount: number, keepTogether: { first: number; last: number; minLast: number }[]) => ({
  rowCount,
  heightOf: () => 15,
  keepTogether,
  titleRowCount: 2,
  capacity: 15 * 30,
});

describe("page breaks", () => {
  it("fits about thirty 15 pt rows on an A4 landscape page at report width", () => {
    const rows = pageCapacity(TERTIAL_WIDTHS, REPORT_MARGINS) / 15;
    expect(rows).toBeGreaterThan(28);
    expect(rows).toBeLessThan(40);
  });

  it("moves a section that would start at the foot of a page to the next page", () => {
    expect(rowBreaks(flat(60, [{ first: 25, last: 40, minLast: 28 }]))).toEqual([25]);
  });

  it("keeps a header with its first rows when the whole section is longer than a page", () => {
    expect(rowBreaks(flat(80, [{ first: 20, last: 70, minLast: 23 }]))).toEqual([]);
    expect(rowBreaks(flat(80, [{ first: 28, last: 70, minLast: 31 }]))).toEqual([28]);
  });

  it("breaks before a section that starts just after a page fills up by itself", () => {
    // Rows 0-29 fill page 1; a blank row 30 would be where Excel breaks, and the
    // section at 31 must not be left to chance on either side of that break.
    expect(rowBreaks(flat(60, [{ first: 31, last: 40, minLast: 34 }]))).toEqual([31]);
  });

  it("needs no break when everything fits", () => {
    expect(rowBreaks(flat(20, [{ first: 5, last: 15, minLast: 8 }]))).toEqual([]);
  });
});
