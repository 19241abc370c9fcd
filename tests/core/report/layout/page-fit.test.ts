/**
 * Page fit of the demo's reports by the plan's own estimate (row heights, the
 * planned breaks, the page's capacity at the print scale): at every tertial
 * of the pledge and for the Slutrapport, how many A4 landscape pages, and no
 * page but the last left less than half used. The LibreOffice test
 * (tests/xlsx/page-fit-libreoffice.test.ts) checks the same counts on paper.
 *
 * The limits: demo-pages.ts.
 */
import { printedPages } from "../../../../src/core/plan/page-breaks";
import { DEMO_PAGE_LIMITS } from "./demo-pages";

describe.each(DEMO_PAGE_LIMITS)("the demo's $name", ({ pages: limit, plan: make }) => {
  const plan = make();
  const pages = printedPages(plan);

  it(`prints on at most ${limit} A4 landscape pages, the footer's page count the plan's`, () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(limit);
    expect(plan.print?.footer.center).toMatch(new RegExp(`^Sida &P av ${pages.length} · `));
  });

  it("fills every page but the last at least half, and none beyond what it holds", () => {
    pages.forEach((p, i) => {
      const fill = Math.round((100 * p.used) / p.capacity);
      expect({ page: i + 1, fits: p.used <= p.capacity }).toEqual({ page: i + 1, fits: true });
      if (i < pages.length - 1) expect({ page: i + 1, fill: fill >= 50 }).toEqual({ page: i + 1, fill: true });
    });
  });
});

describe("the page estimate", () => {
  it("counts the rows of every page once, from the first row to the last", () => {
    const plan = DEMO_PAGE_LIMITS[0]!.plan();
    const pages = printedPages(plan);
    expect(pages[0]!.first).toBe(0);
    expect(pages[pages.length - 1]!.last).toBe(plan.values.length - 1);
    pages.slice(1).forEach((p, i) => expect(p.first).toBe(pages[i]!.last + 1));
  });
});
