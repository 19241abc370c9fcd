/**
 * A report's small charts print at 9 pt or more in Excel as in the .xlsx file (issue 12): the
 * Office.js adapter sets the title's and both axes' font sizes the plan gives (ChartSpec.titleSize,
 * textSize), and sets none when the plan gives none.
 */
import { portOnFake as setup, sheetNamed as sheet } from "./harness";
import { fullReportPlan } from "./plans";

describe("a chart's text sizes written through Office.js", () => {
  it("sets the title's and the axes' sizes the plan gives", async () => {
    const { fake, port } = setup();
    const plan = fullReportPlan();
    plan.charts = plan.charts.map((c) => ({ ...c, titleSize: 11, textSize: 10.5 }));
    await port.writeSheets([plan]);
    expect(sheet(fake, plan.name).charts[0]).toMatchObject({ titleSize: 11, axisTextSize: { category: 10.5, value: 10.5 } });
  });

  it("leaves the host's sizes when the plan gives none", async () => {
    const { fake, port } = setup();
    const plan = fullReportPlan();
    await port.writeSheets([plan]);
    const chart = sheet(fake, plan.name).charts[0]!;
    expect(chart.titleSize).toBeUndefined();
    expect(chart.axisTextSize).toBeUndefined();
  });
});
