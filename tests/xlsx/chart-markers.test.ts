/**
 * In the .xlsx a target line is dashed with a level dash (c:symbol "dash") at every point, so a chart
 * of one period still shows its target (issue 12); a value line has round dots in its colour; a
 * dashed line the plan gives no marker has none.
 */
import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { entryPaths, entryText, zipEntries } from "./zip-entries";

describe("line chart markers in the .xlsx", () => {
  it("gives the target dashes, the values dots and a bare dashed line none, with one category", async () => {
    const plan = emptyPlan("Rapport T2 2024", "rapport");
    plan.values = [["", "T2 2024"], ["Anmälda brott", 188], ["Mål", 170], ["Riktvärde", 180]];
    plan.charts.push({
      kind: "line",
      title: "Anmälda brott",
      categories: "B1",
      series: [
        { name: "Anmälda brott", values: "B2", color: "#2E75B6" },
        { name: "Mål", values: "B3", color: "#7F7F7F", dashed: true, marker: "dash" },
        { name: "Riktvärde", values: "B4", color: "#7F7F7F", dashed: true },
      ],
      from: "A8",
      to: "F20",
      altText: "Linjediagram",
    });
    const entries = await zipEntries(await renderWorkbook([plan]));
    const chart = entryText(entries, entryPaths(entries, /^xl\/charts\/chart\d+\.xml$/)[0]!);
    const series = [...chart.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map((m) => m[1]!);
    expect(series).toHaveLength(3);
    const marker = (s: string) => /<c:marker>(.*?)<\/c:marker>/s.exec(s)?.[1] ?? "";
    expect(marker(series[0]!)).toMatch(/<c:symbol val="circle"\/>.*<c:size val="5"\/>/s);
    expect(marker(series[0]!)).toContain("2E75B6");
    expect(marker(series[1]!)).toMatch(/<c:symbol val="dash"\/>.*<c:size val="9"\/>/s);
    expect(marker(series[1]!)).toContain("7F7F7F");
    expect(series[1]).toMatch(/<a:prstDash val="dash"\/>/);
    expect(marker(series[2]!)).toMatch(/<c:symbol val="none"\/>/);
    expect(series[2]).toMatch(/<a:prstDash val="dash"\/>/);
  });
});
