import { MemoryPort } from "../../../src/app/memory-port";
import { makeTertialReport } from "../../../src/app/report";
import type { WorkbookGrids } from "../../../src/core/cell";
import { checkRegister } from "../../../src/core/check-register";
import { baseGrids, T2_2025, TODAY, withCell } from "../../support/register-builder";

const changed = (g: WorkbookGrids) =>
  checkRegister(g, { today: TODAY, tertial: T2_2025 }).findings.filter((f) => f.code === "indicator-changed");

/** The register with the Rapportlogg its first report wrote. */
async function reported(): Promise<WorkbookGrids> {
  const port = new MemoryPort(baseGrids());
  await makeTertialReport(port, { now: new Date(2025, 8, 5, 14, 32), tertial: T2_2025 });
  return port.readAll();
}

const withIndicatorCell = (g: WorkbookGrids, cell: string, value: string | number | null) => withCell(g, "Indikatorer", cell, value);

describe("indicator-changed", () => {
  it("is not given before any report, nor when nothing changed since", async () => {
    expect(changed(baseGrids())).toEqual([]);
    expect(changed(await reported())).toEqual([]);
  });

  it("names the changed cell on Indikatorer and says old and new, and when it was locked", async () => {
    const g = withIndicatorCell(await reported(), "J2", 140);
    const f = changed(g);
    expect(f).toEqual([expect.objectContaining({ severity: "warning", sheet: "Indikatorer", cell: "J2" })]);
    expect(f[0]!.message).toContain("I1 Anmälda brott");
    expect(f[0]!.message).toContain("Målvärde är nu 140 men var 150");
    expect(f[0]!.message).toContain("2025-09-05");
    expect(f[0]!.message).toMatch(/skriv tillbaka 150/);
  });

  it("covers every locked field", async () => {
    let g = await reported();
    const cells: [string, string | number | null][] = [
      ["C2", "Index"],
      ["D2", "POL, STG"],
      ["E2", "Högre är bättre"],
      ["F2", "Medel"],
      ["G2", "År"],
      ["H2", 200],
      ["I2", "T2 2024"],
      ["J2", null],
      ["K2", "Ja"],
    ];
    for (const [cell, v] of cells) g = withIndicatorCell(g, cell, v);
    expect(changed(g).map((f) => f.cell)).toEqual(cells.map(([c]) => c));
    expect(changed(g).find((f) => f.cell === "J2")!.message).toContain("Målvärde är nu tomt men var 150");
  });

  it("reads a value typed otherwise but the same as unchanged", async () => {
    let g = await reported();
    g = withIndicatorCell(g, "H2", "212,0");
    g = withIndicatorCell(g, "E2", "lägre är bättre");
    g = withIndicatorCell(g, "I2", "2024 T1");
    g = withIndicatorCell(g, "K2", null);
    expect(changed(g)).toEqual([]);
  });

  it("judges against a log another program wrote, in its own column order, with text values", () => {
    const g = baseGrids();
    g.sheets.push({
      name: "Rapportlogg",
      values: [
        [
          "Skapad",
          "Flik",
          "Period",
          "Data",
          "Rader",
          "Utelämnade",
          null,
          "Låst",
          "Indikator-ID",
          "Källa",
          "Enhet",
          "Riktning",
          "Sammanvägning",
          "Frekvens",
          "Utgångsvärde",
          "Utgångsperiod",
          "Målvärde",
          "Könsuppdelad",
        ],
        [
          "2025-09-01 08:00",
          "Rapport T2 2025",
          "T2 2025",
          "abcdef",
          5,
          0,
          null,
          "2025-09-01",
          "i3",
          "STG",
          "Antal",
          "Lägre är bättre",
          "Summa",
          "Tertial",
          "88",
          2023,
          "60",
          "nej",
        ],
      ],
    });
    const f = changed(g);
    expect(f.map((x) => [x.cell, x.params.old, x.params.new])).toEqual([["J4", "60", "50"]]);
  });
});
