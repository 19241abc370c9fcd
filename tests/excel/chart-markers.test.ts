/**
 * A target line is dashed with a level dash at every point, so a chart of one period still shows its
 * target (issue 12); a value line has round dots in its colour; a dashed line the plan gives no
 * marker has none. Written through Office.js (ExcelApi 1.7 markerStyle, markerSize 2 to 72).
 */
import { portOnFake as setup, sheetNamed as sheet } from "./harness";
import { fullReportPlan } from "./plans";

describe("a chart's markers written through Office.js", () => {
  it("gives the target dashes, the values dots and a bare dashed line none", async () => {
    const { fake, port } = setup();
    const plan = fullReportPlan();
    const [chart] = plan.charts;
    const values = chart!.series[0]!.values;
    chart!.series = [
      { name: "Anmälda brott", values, color: "#2E75B6" },
      { name: "Mål", values, color: "#7F7F7F", dashed: true, marker: "dash" },
      { name: "Riktvärde", values, color: "#7F7F7F", dashed: true },
    ];
    plan.charts = [chart!];
    await port.writeSheets([plan]);
    const written = sheet(fake, plan.name).charts[0]!.series;
    expect(written[0]).toMatchObject({ marker: "Circle", markerSize: 5, color: "#2E75B6" });
    expect(written[0]!.dashed).not.toBe(true);
    expect(written[1]).toMatchObject({ marker: "Dash", markerSize: 9, dashed: true, color: "#7F7F7F" });
    expect(written[2]).toMatchObject({ marker: "None", dashed: true });
    expect(written[2]!.markerSize).toBeUndefined();
  });
});
