/** Test fixture: sheet plans that between them use every field of `SheetPlan`. */
import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";

export function reportPlan(): SheetPlan {
  const plan = emptyPlan("Rapport T2 2025", "rapport");
  plan.tabColor = "#1F4E79";
  plan.values = [
    ["Rapport T2 2025 – Skäggetorp", null, null, null, null, null],
    ["Skapad", 45890, null, null, null, "Till kontrollen"],
    [null, null, null, null, null, null],
    ["Indikator", "Period", "Värde", "Trend", "Status", "Kommentar"],
    ["Trygghet", "T1 2025", 3.5, 3, "Uppnått", "=SUM(A1)"],
    ["Trygghet kvinnor", "T2 2025", 2.25, 1, "Risk", "+46 70 123 45 67"],
    ["Nedskräpning", "T3 2025", 1200, 2, "Uppnått", "-5 kr"],
    ["Rekrytering", "T1 2026", 0, 2, "Ingen data", "@partner"],
    [null, null, null, null, null, null],
    ["Fri text", null, null, null, null, null],
  ];
  plan.numberFormats = [
    { range: "B2", format: "yyyy-mm-dd" },
    { range: "C5:C8", format: "# ##0.0" },
    { range: "F5:F8", format: "@" },
  ];
  plan.styles = [
    { range: "A1", style: { font: { bold: true, size: 16, color: "#1F4E79", name: "Calibri" } } },
    { range: "A4:F4", style: { font: { bold: true }, fill: "#DDEBF7", horizontal: "center", vertical: "center", wrap: true } },
    { range: "A4:F8", style: { border: { weight: "thin", color: "#BFBFBF" } } },
    { range: "A5:A8", style: { indent: 1, font: { italic: true } } },
    { range: "A8:F8", style: { bottomBorder: { weight: "medium", color: "#000000" } } },
    { range: "F2", style: { horizontal: "right", vertical: "top" } },
  ];
  plan.merges = ["A1:F1", "A10:C10"];
  plan.columns = [{ width: 28 }, { width: 12 }, { width: 10 }, { width: 8 }, { width: 14 }, { width: 30 }];
  plan.rows = [
    { row: 0, height: 24 },
    { row: 3, height: 30 },
  ];
  plan.conditionalFormats = [
    { kind: "iconSet", range: "D5:D8", iconSet: "3Arrows", showIconOnly: true },
    { kind: "iconSet", range: "C5:C8", iconSet: "3TrafficLights1", showIconOnly: false },
    { kind: "textEquals", range: "E5:E8", text: "Uppnått", fill: "#C6EFCE", fontColor: "#006100" },
  ];
  plan.charts = [
    {
      kind: "line",
      title: "Trygghet över tid",
      categories: "B5:B8",
      series: [{ name: "Värde", values: "C5:C8" }],
      from: "H2",
      to: "N16",
      yAxisTitle: "Andel (%)",
      altText: "Linjediagram: trygghet per tertial",
    },
  ];
  plan.links = [{ cell: "F2", sheet: "Kontroll", target: "A7" }];
  plan.tables = [
    {
      name: "Indikatorer_T2_2025",
      range: "A4:F8",
      headers: ["Indikator", "Period", "Värde", "Trend", "Status", "Kommentar"],
      style: "TableStyleMedium2",
    },
  ];
  plan.validations = [
    { range: "G5:G8", list: ["Ja", "Nej"], errorMessage: "Välj Ja eller Nej." },
    { range: "H20:H30", list: { source: "=Parter!$A$2:$A$500" }, errorMessage: "Välj en part ur listan.", warnOnly: true },
  ];
  plan.freeze = { rows: 4, columns: 1 };
  plan.autoFilter = "A12:B14";
  plan.print = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: "1:4",
    footer: { left: "Medborgarlöfte Skäggetorp", center: "Sida &P av &N", right: "T2 2025" },
    rowBreaks: [8],
    margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
  };
  plan.activeCell = "B5";
  return plan;
}

export function kontrollPlan(): SheetPlan {
  const plan = emptyPlan("Kontroll", "kontroll");
  plan.values = [
    ["Kod", "Flik", "Cell"],
    ["missing-column", "Parter", "C1"],
    ...Array.from({ length: 5 }, (_, i) => [`rad ${i + 3}`, null, null]),
  ];
  return plan;
}

export function registerPlan(): SheetPlan {
  const plan = emptyPlan("Parter", "register");
  plan.values = [
    ["Part-ID", "Namn", "Typ", "Flik"],
    ["POL", "Polisen", "Polis", "Polisen"],
  ];
  plan.tables = [{ name: "Parter", range: "A1:D2", headers: ["Part-ID", "Namn", "Typ", "Flik"], style: "TableStyleLight9" }];
  plan.validations = [{ range: "C2:C200", list: ["Kommun", "Polis", "Annan"], errorMessage: "Välj en typ ur listan." }];
  return plan;
}

/** A generated sheet whose name needs quoting with a doubled apostrophe. */
export function quotedNamePlan(): SheetPlan {
  const plan = emptyPlan("Bob's slutrapport", "slutrapport");
  plan.values = [["Slutrapport"]];
  return plan;
}

export function allPlans(): SheetPlan[] {
  return [reportPlan(), kontrollPlan(), registerPlan(), quotedNamePlan()];
}
