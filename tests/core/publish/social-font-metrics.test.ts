/** The widths the images' lines are measured with are the bundled fonts' own (scripts/social-font-metrics.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHARACTERS, FONT_FILES, fontMetrics, metricsData, metricsModule } from "../../../scripts/social-font-metrics";
import { SOCIAL_FONT_METRICS } from "../../../src/core/publish/social-font-metrics";

describe("the social images' font metrics", () => {
  it("are current: src/core/publish/social-font-metrics.ts is what the script writes from the TTF files", () => {
    expect(SOCIAL_FONT_METRICS).toEqual(metricsData());
    expect(readFileSync(join(__dirname, "../../../src/core/publish/social-font-metrics.ts"), "utf8")).toBe(metricsModule());
  });

  it("cover the letters and signs Swedish text and the images use, in both weights", () => {
    for (const file of Object.values(FONT_FILES)) {
      const m = fontMetrics(readFileSync(file));
      for (const c of "abcåäöÅÄÖé0123456789 –·…%:,.\u00a0") expect(m.advance.get(c.codePointAt(0)!)).toBeGreaterThan(0);
      expect(CHARACTERS.filter((c) => m.advance.has(c)).length).toBeGreaterThan(180);
    }
  });
});
