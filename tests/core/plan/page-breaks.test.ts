import { pageCount, rowBreaks, pageCapacity } from "../../../src/core/plan/page-breaks";
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
    // A block of 9 rows (135 pt) fits a third of a page (140 of 420 under the title rows): kept whole.
    // Page 2 holds 28 rows under the two title rows, so it ends before row 53.
    expect(rowBreaks(flat(60, [{ first: 25, last: 33, minLast: 28 }]))).toEqual([25, 53]);
    // A block that must stay whole (minLast = last) moves whole, however long.
    expect(rowBreaks(flat(60, [{ first: 25, last: 40, minLast: 40 }]))).toEqual([25, 53]);
  });

  it("lets a table over a third of a page run on from the foot of a page once its header and first rows fit there", () => {
    // 16 rows (240 pt): rows 25-28 fit on page 1, so the table starts there and the page ends at row 30.
    expect(rowBreaks(flat(60, [{ first: 25, last: 40, minLast: 28 }]))).toEqual([30, 58]);
    // Its header and first rows do not fit (rows 28-31): the table starts page 2.
    expect(rowBreaks(flat(60, [{ first: 28, last: 40, minLast: 31 }]))).toEqual([28, 56]);
  });

  it("treats blocks starting on one row as one, as long as the longest", () => {
    // A section title kept with its first rows (25-28) and the same rows kept with a note (25-33): 25-33 moves whole.
    expect(rowBreaks(flat(60, [{ first: 25, last: 28, minLast: 28 }, { first: 25, last: 33, minLast: 33 }]))).toEqual([25, 53]);
  });

  it("keeps a header with its first rows when the whole section is longer than a page", () => {
    expect(rowBreaks(flat(80, [{ first: 20, last: 70, minLast: 23 }]))).toEqual([30, 58]);
    expect(rowBreaks(flat(80, [{ first: 28, last: 70, minLast: 31 }]))).toEqual([28, 56]);
  });

  it("ends every page at a break of its own, so a section just after a full page starts the next one near its top", () => {
    // Rows 0-29 fill page 1: the plan breaks before row 30 itself (Excel never has to),
    // and the section at 31 is on page 2 under the blank row 30.
    expect(rowBreaks(flat(60, [{ first: 31, last: 40, minLast: 34 }]))).toEqual([30, 58]);
  });

  it("counts pages as its breaks plus one, each page within the capacity", () => {
    for (const rows of [1, 29, 30, 31, 58, 59, 200]) {
      const layout = flat(rows, []);
      const breaks = rowBreaks(layout);
      expect(pageCount(layout)).toBe(breaks.length + 1);
      const starts = [0, ...breaks, rows];
      starts.slice(1).forEach((end, i) => {
        const titles = i === 0 ? 0 : 30;
        expect(titles + (end - starts[i]!) * 15).toBeLessThanOrEqual(450);
      });
    }
  });

  it("needs no break when everything fits", () => {
    expect(rowBreaks(flat(20, [{ first: 5, last: 15, minLast: 8 }]))).toEqual([]);
  });
});
