/**
 * The chart's series names are indicator names people typed. Excel reads a
 * series name that begins with "=" as a reference, so the adapter keeps such
 * a name text: a zero-width space first, invisible in the legend.
 */
import { literalSeriesName, MAX_SERIES_NAME } from "../../src/excel/chart-steps";
import { portOnFake, sheetNamed } from "./harness";
import { fullReportPlan } from "./plans";

const ZWSP = "\u200B";

function planWithNames(...names: string[]) {
  const plan = fullReportPlan();
  plan.charts[0]!.series = names.map((name, i) => ({ name, values: `B${3 + (i % 2)}:C${3 + (i % 2)}` }));
  return plan;
}

describe("series names typed by people", () => {
  it("a name that Excel would read as a formula or reference is written as text that looks the same", async () => {
    const names = ['=HYPERLINK("http://example.invalid","klicka")', "=Löfte!B2", "+46 brott", "@partner", "-10 % brott"];
    const { fake, port } = portOnFake();
    await port.writeSheets([planWithNames(...names)]);
    const written = sheetNamed(fake, "Rapport T2 2025").charts[0]!.series.map((s) => s.name!);
    expect(written).toEqual(names.map((n) => `${ZWSP}${n}`));
    expect(written.map((n) => n.replace(ZWSP, ""))).toEqual(names);
  });

  it("an ordinary name is written as it is, the first series and the added ones alike", async () => {
    const { fake, port } = portOnFake();
    await port.writeSheets([planWithNames("Anmälda brott", "Otrygghet (%) = andel")]);
    expect(sheetNamed(fake, "Rapport T2 2025").charts[0]!.series.map((s) => s.name)).toEqual(["Anmälda brott", "Otrygghet (%) = andel"]);
  });

  it("a name longer than Excel's 255 characters is cut with an ellipsis", async () => {
    const long = "Andel boende som känner sig trygga ".repeat(10);
    const { fake, port } = portOnFake();
    await port.writeSheets([planWithNames(long, `=${long}`)]);
    const [a, b] = sheetNamed(fake, "Rapport T2 2025").charts[0]!.series.map((s) => s.name!);
    expect(a).toHaveLength(MAX_SERIES_NAME);
    expect(a!.endsWith("…")).toBe(true);
    expect(b!.startsWith(`${ZWSP}=Andel`)).toBe(true);
    expect(b).toHaveLength(MAX_SERIES_NAME);
  });

  it("never cuts an emoji in half", () => {
    const name = `${"x".repeat(253)}😀 och mer`;
    expect(literalSeriesName(name)).toBe(`${"x".repeat(253)}…`);
  });
});
