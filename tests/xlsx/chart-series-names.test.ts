/**
 * In a file a series name is a literal (`<c:tx><c:v>`), never a reference
 * (`<c:strRef>`): a name people typed that begins with "=" stays text as it is.
 */
import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { entryPaths, entryText, zipEntries } from "./zip-entries";

describe("line chart series names in the .xlsx", () => {
  it("writes a name beginning with = + or @ as a literal, with no reference", async () => {
    const names = ["=Löfte!B2", '=HYPERLINK("http://example.invalid")', "+46 brott", "@partner"];
    const plan = emptyPlan("Rapport T2 2025", "rapport");
    plan.values = [["", "T1 2025", "T2 2025"], ...names.map((n, i) => [n, i, i + 1])];
    plan.charts.push({
      kind: "line",
      title: "Nyckelindikatorer",
      categories: "B1:C1",
      series: names.map((name, i) => ({ name, values: `B${i + 2}:C${i + 2}` })),
      from: "A8",
      to: "F20",
      altText: "Linjediagram",
    });
    const entries = await zipEntries(await renderWorkbook([plan]));
    const chart = entryText(entries, entryPaths(entries, /^xl\/charts\/chart\d+\.xml$/)[0]!);
    const seriesNames = [...chart.matchAll(/<c:ser>.*?<c:tx>(.*?)<\/c:tx>/gs)].map((m) => m[1]);
    expect(seriesNames).toEqual([
      "<c:v>=Löfte!B2</c:v>",
      "<c:v>=HYPERLINK(&quot;http://example.invalid&quot;)</c:v>",
      "<c:v>+46 brott</c:v>",
      "<c:v>@partner</c:v>",
    ]);
  });
});
