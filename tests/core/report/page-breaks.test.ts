import { rowBreaks, pageCapacity } from "../../../src/core/report/page-breaks";
import { REPORT_MARGINS } from "../../../src/core/report/report-styles";

const flat = (rowCount: number, keepTogether: { first: number; last: number; minLast: number }[]) => ({
  rowCount,
  heightOf: () => 15,
  keepTogether,
  titleRowCount: 2,
  capacity: 15 * 30,
});

describe("page breaks", () => {
  it("fits about thirty 15 pt rows on an A4 landscape page at report width", () => {
    const rows = pageCapacity([32, 20, 20, 11, 12, 11, 9, 17, 9, 12], REPORT_MARGINS) / 15;
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

  it("needs no break when everything fits", () => {
    expect(rowBreaks(flat(20, [{ first: 5, last: 15, minLast: 8 }]))).toEqual([]);
  });
});
