/** Sheet plans for the adapter tests: one that uses every field, and big ones. */
import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";

export function fullReportPlan(name = "Rapport T2 2025"): SheetPlan {
  return {
    ...emptyPlan(name, "rapport"),
    tabColor: "#1F4E79",
    values: [
      ["Lokalt medborgarlöfte för Skäggetorp"],
      ["Indikator", "T1 2025", "T2 2025", "Trend", "Status"],
      ["Anmälda brott", 188, 165, 3, "Enligt plan"],
      ["=SUM(A1)", 71, 49, 1, "Risk"],
      ["Gå till Kontroll"],
      [],
      ["Part", "Aktiviteter"],
      ["Polisen", 4],
      ["-", 0],
    ],
    numberFormats: [{ range: "B3:C4", format: "# ##0" }],
    styles: [
      { range: "A1", style: { font: { bold: true, size: 16, color: "#1F4E79", name: "Calibri" } } },
      {
        range: "A2:E2",
        style: { fill: "#DDEBF7", horizontal: "center", vertical: "center", wrap: true, indent: 1, border: { weight: "thin", color: "#808080" } },
      },
      { range: "A3:E4", style: { border: { weight: "thin", color: "#808080" }, font: { italic: true } } },
      { range: "A4:E4", style: { bottomBorder: { weight: "medium", color: "#000000" } } },
    ],
    merges: ["A1:E1"],
    columns: [{ width: 30 }, { width: 10 }, { width: 10 }, { width: 8 }],
    rows: [{ row: 0, height: 24 }],
    conditionalFormats: [
      { kind: "iconSet", range: "D3:D4", iconSet: "3Arrows", showIconOnly: true },
      { kind: "textEquals", range: "E3:E4", text: "Risk", fill: "#FFC7CE", fontColor: "#9C0006" },
    ],
    charts: [
      {
        kind: "line",
        title: "Nyckelindikatorer (utgång = 100)",
        categories: "B2:C2",
        series: [
          { name: "Anmälda brott", values: "B3:C3" },
          { name: "Skadegörelse", values: "B4:C4" },
        ],
        from: "G2",
        to: "N18",
        yAxisTitle: "Index",
        altText: "Linjediagram över nyckelindikatorerna per tertial.",
      },
    ],
    links: [{ cell: "A5", sheet: "Kontroll", target: "A1" }],
    tables: [{ name: "Indikatorer_T2_2025", range: "A2:E4", headers: ["Indikator", "T1 2025", "T2 2025", "Trend", "Status"], style: "TableStyleLight9" }],
    validations: [{ range: "E3:E4", list: ["Enligt plan", "Risk"], errorMessage: "Välj Enligt plan eller Risk." }],
    freeze: { rows: 2, columns: 1 },
    autoFilter: "A7:B9",
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: "2:2",
      footer: { center: "Sida &P av &N", right: "Rapport T2 2025" },
      rowBreaks: [6],
      margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 },
    },
    activeCell: "A1",
  };
}

/** `rows` × `cols` cells of 20-character texts (JSON: 22 bytes a cell). */
export function bigPlan(name: string, rows: number, cols: number): SheetPlan {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r}:${c}`.padEnd(20, ".")));
  return { ...emptyPlan(name, "kontroll"), values };
}
