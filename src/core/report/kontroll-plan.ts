/**
 * The Kontroll sheet: every finding as a row a partner can act on. Row 1
 * sums up (counts per severity, when checked); row 3 is the header with an
 * autofilter and frozen panes; each cell address links to that cell.
 */
import type { Finding, Severity } from "../findings";
import type { SheetPlan } from "../plan/sheet-plan";
import { DEFAULT_ROW_HEIGHT, linesFor, PlanBuilder } from "./plan-builder";
import { BAND_STYLE, BODY_BORDER, HEADER_STYLE, TAB_COLORS } from "./report-styles";
import { countNoun, formatNumberSv, stockholmDate, stockholmDateTime } from "./swedish-format";

export const KONTROLL_WIDTHS = [13, 26, 8, 22, 90] as const;
const HEADERS = ["Allvarlighet", "Flik", "Cell", "Kod", "Meddelande"];
const HEADER_ROW = 2;
const MESSAGE_COL = 4;

export const SEVERITY_WORDS: Record<Severity, string> = { error: "Fel", warning: "Varning", info: "Info" };

const SEVERITY_FILLS: Record<Severity, { fill: string; fontColor: string }> = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#7F4F00" },
  info: { fill: "#DDEBF7", fontColor: "#1F3864" },
};

/** "Kontroll 2025-09-05 14:32 · 7 fel · 12 varningar · 3 info". */
export function kontrollSummary(findings: readonly Finding[], createdAt: Date): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return [
    `Kontroll ${stockholmDateTime(createdAt)}`,
    `${formatNumberSv(n("error"))} fel`,
    countNoun(n("warning"), "varning", "varningar"),
    `${formatNumberSv(n("info"))} info`,
  ].join(" · ");
}

/** Link blue on the cell column, run by run, only where there is a link: a whole-sheet finding's "—" is plain text. */
function linkBlue(b: PlanBuilder, findings: readonly Finding[], first: number): void {
  let start = -1;
  findings.forEach((f, i) => {
    const linked = f.cell !== null;
    if (linked && start < 0) start = i;
    const runEnds = start >= 0 && (!linked || i === findings.length - 1);
    if (runEnds) {
      const end = linked ? i : i - 1;
      b.style(b.range(first + start, 2, end - start + 1, 1), { font: { color: "#0563C1" } });
      start = -1;
    }
  });
}

/** Findings keep the order given (the check sorts them by tab and row). */
export function kontrollPlan(findings: Finding[], createdAt: Date, sheetName: string): SheetPlan {
  const b = new PlanBuilder(sheetName, "kontroll", KONTROLL_WIDTHS);
  const summary = b.addRow([kontrollSummary(findings, createdAt)]);
  b.style(b.rowRange(summary), { font: { bold: true, size: 12 } });
  b.blank();
  b.plan.tabColor = TAB_COLORS.kontroll;
  b.plan.activeCell = "A1";
  if (findings.length === 0) {
    b.addRow(["Inga fel eller varningar hittades."]);
    return b.finish();
  }
  b.addRow(HEADERS);
  b.style(b.rowRange(HEADER_ROW), HEADER_STYLE);
  for (const f of findings) {
    const row = b.addRow([SEVERITY_WORDS[f.severity], f.sheet, f.cell ?? "—", f.code, f.message]);
    if (f.cell !== null) b.plan.links.push({ cell: b.range(row, 2), sheet: f.sheet, target: f.cell });
    const lines = linesFor(f.message, KONTROLL_WIDTHS[MESSAGE_COL]);
    if (lines > 1) b.height(row, lines * DEFAULT_ROW_HEIGHT);
  }
  const first = HEADER_ROW + 1;
  const last = b.next - 1;
  const body = b.range(first, 0, findings.length, HEADERS.length);
  b.style(body, BODY_BORDER);
  for (let r = first + 1; r <= last; r += 2) b.style(b.range(r, 1, 1, HEADERS.length - 1), BAND_STYLE);
  linkBlue(b, findings, first);
  b.style(b.range(first, MESSAGE_COL, findings.length, 1), { wrap: true });
  const severities = b.range(first, 0, findings.length, 1);
  for (const s of ["error", "warning", "info"] as const) {
    b.conditional({ kind: "textEquals", range: severities, text: SEVERITY_WORDS[s], ...SEVERITY_FILLS[s] });
  }
  b.plan.autoFilter = b.range(HEADER_ROW, 0, findings.length + 1, HEADERS.length);
  b.plan.freeze = { rows: HEADER_ROW + 1, columns: 0 };
  b.plan.activeCell = b.range(first, 0);
  const plan = b.finish();
  plan.print = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`,
    footer: { center: `Sida &P av &N · ${sheetName.replace(/&/g, "&&")} · ${stockholmDate(createdAt)}` },
  };
  return plan;
}
