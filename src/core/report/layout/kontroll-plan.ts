/**
 * The Kontroll sheet: every finding as a row a partner can act on. Row 1
 * sums up (counts per severity, when checked); row 3 is the header with an
 * autofilter and frozen panes; each cell address links to that cell, up to
 * Excel's 65 530 links a sheet. Beyond them row 2 says how to find a cell
 * (rows are sorted by tab and row, so a partner's own rows stay together).
 */
import { countFindings, type Finding, type FindingCounts, type Severity } from "../../findings";
import { SEVERITY_WORDS } from "../../messages/severity-words";
import { redactPersonalData } from "../../personal-data";
import { MAX_LINKS_PER_SHEET } from "../../plan/excel-limits";
import { pageCapacity, rowBreaks } from "../../plan/page-breaks";
import type { InternalLink, SheetPlan } from "../../plan/sheet-plan";
import { DEFAULT_ROW_HEIGHT, linesFor, PlanBuilder } from "../../plan/plan-builder";
import { BAND_STYLE, BODY_BORDER, HEADER_STYLE, TAB_COLORS } from "./report-styles";
import { countNoun, formatNumberSv, localDate, localDateTime } from "../../swedish-format";

/** Excel's default margins, in inches, written out so the page estimate and the printer agree. */
const KONTROLL_MARGINS = { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 } as const;

const KONTROLL_WIDTHS = [13, 26, 8, 22, 90] as const;
const HEADERS = ["Allvarlighet", "Flik", "Cell", "Kod", "Meddelande"];
const HEADER_ROW = 2;
const MESSAGE_COL = 4;

const SEVERITY_WORD = SEVERITY_WORDS.sv.one;

const SEVERITY_FILLS: Record<Severity, { fill: string; fontColor: string }> = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#7F4F00" },
  info: { fill: "#DDEBF7", fontColor: "#1F3864" },
};

/** "Kontroll 2025-09-05 14:32 · 7 fel · 12 varningar · 3 info". */
export function kontrollSummary(findings: readonly Finding[], createdAt: Date): string {
  return summaryOf(countFindings(findings), createdAt);
}

/** `kontrollSummary` of the findings counted. */
function summaryOf(counts: FindingCounts, createdAt: Date): string {
  const n = (s: Severity) => counts[s];
  return [
    `Kontroll ${localDateTime(createdAt)}`,
    `${formatNumberSv(n("error"))} fel`,
    countNoun(n("warning"), "varning", "varningar"),
    `${formatNumberSv(n("info"))} info`,
  ].join(" · ");
}

/** Link blue on the cell column, run by run (first and last row of each), only where there is a link: a whole-sheet finding's "—" is plain text. */
function linkBlue(b: PlanBuilder, runs: readonly number[]): void {
  for (let i = 0; i < runs.length; i += 2) b.style(b.range(runs[i]!, 2, runs[i + 1]! - runs[i]! + 1, 1), { font: { color: "#0563C1" } });
}

/** `'Kommunen'!I11`, as the name box takes a cell on another tab. */
function nameBoxReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Row 2 when some findings have no link: from which row, why, and how to reach the cell without it. */
export function unlinkedNote(lastLinkedRow: number, example: { sheet: string; cell: string }): string {
  return (
    `Excel tillåter högst ${formatNumberSv(MAX_LINKS_PER_SHEET)} länkar på ett blad, så fynden efter rad ${formatNumberSv(lastLinkedRow)} har ingen länk till sin cell. ` +
    `Fliken och cellen står ändå i kolumnerna Flik och Cell: skriv dem i namnrutan till vänster om formelfältet, till exempel ${nameBoxReference(example.sheet, example.cell)}, och tryck Enter.`
  );
}

/** The note on the blank row 2, across the sheet, wrapped. */
function writeNote(b: PlanBuilder, note: string): void {
  const row = HEADER_ROW - 1;
  b.put(row, 0, note);
  b.merge(b.rowRange(row));
  b.style(b.rowRange(row), { font: { italic: true }, wrap: true, vertical: "top" });
  const width = KONTROLL_WIDTHS.reduce((sum, w) => sum + w, 0);
  b.height(row, linesFor(note, width) * DEFAULT_ROW_HEIGHT);
}

/** Findings keep the order given (the check sorts them by tab and row). */
export interface KontrollOptions {
  /**
   * Link each cell address to its cell (default true). False where the Kontroll sheet goes to a
   * workbook of its own (`pledge report --out`): the register's tabs are not in it, so a link
   * would lead nowhere, and the address is plain text.
   */
  links?: boolean;
}

export function kontrollPlan(findings: Finding[], createdAt: Date, sheetName: string, options: KontrollOptions = {}): SheetPlan {
  const withLinks = options.links ?? true;
  const b = new PlanBuilder(sheetName, "kontroll", KONTROLL_WIDTHS);
  // Row 1 is written once the findings are counted, in the loop over them below (each pass over 40 000 findings
  // spread over the heap costs some milliseconds).
  const summary = b.addRow([null]);
  b.style(b.rowRange(summary), { font: { bold: true, size: 12 } });
  b.blank();
  b.plan.tabColor = TAB_COLORS.kontroll;
  b.plan.activeCell = "A1";
  if (findings.length === 0) {
    b.put(summary, 0, summaryOf({ error: 0, warning: 0, info: 0 }, createdAt));
    b.addRow(["Inga fel eller varningar hittades."]);
    return b.finish();
  }
  b.addRow(HEADERS);
  b.style(b.rowRange(HEADER_ROW), HEADER_STYLE);
  // The rows linked, as runs: first and last row of each (a list of 39 311 booleans was ~1 MB a sheet).
  const blueRuns: number[] = [];
  let lastLinkedRow = -1;
  let firstUnlinked: { sheet: string; cell: string } | null = null;
  // A tab named with personal data in it: the name shown without it, and no link that would carry it.
  const shownSheet = new Map<string, string>();
  // An index, not for…of: in a function run once a report, the loop's iterator results were 1.6 MB of garbage.
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  // The links in a list as long as there can be, cut to those made after: grown one by one, a list of 39 311
  // made twice its size as garbage.
  const links = new Array<InternalLink>(withLinks ? Math.min(findings.length, MAX_LINKS_PER_SHEET) : 0);
  let linkCount = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    counts[f.severity] += 1;
    let sheet = shownSheet.get(f.sheet);
    if (sheet === undefined) shownSheet.set(f.sheet, (sheet = redactPersonalData(f.sheet)));
    const row = b.addOwnRow([SEVERITY_WORD[f.severity], sheet, f.cell ?? "—", f.code, f.message]);
    const link = withLinks && f.cell !== null && linkCount < MAX_LINKS_PER_SHEET && sheet === f.sheet;
    if (link) {
      if (lastLinkedRow === row - 1) blueRuns[blueRuns.length - 1] = row;
      else blueRuns.push(row, row);
      links[linkCount++] = { cell: b.range(row, 2), sheet: f.sheet, target: f.cell! };
      lastLinkedRow = row;
    } else if (withLinks && f.cell !== null && sheet === f.sheet) firstUnlinked ??= { sheet: f.sheet, cell: f.cell };
    const lines = linesFor(f.message, KONTROLL_WIDTHS[MESSAGE_COL]);
    if (lines > 1) b.height(row, lines * DEFAULT_ROW_HEIGHT);
  }
  links.length = linkCount;
  b.plan.links = links;
  b.put(summary, 0, summaryOf(counts, createdAt));
  // Sheet rows count from 1.
  if (firstUnlinked) writeNote(b, unlinkedNote(lastLinkedRow + 1, firstUnlinked));
  const first = HEADER_ROW + 1;
  const last = b.next - 1;
  const body = b.range(first, 0, findings.length, HEADERS.length);
  b.style(body, BODY_BORDER);
  for (let r = first + 1; r <= last; r += 2) b.style(b.range(r, 1, 1, HEADERS.length - 1), BAND_STYLE);
  linkBlue(b, blueRuns);
  b.style(b.range(first, MESSAGE_COL, findings.length, 1), { wrap: true });
  const severities = b.range(first, 0, findings.length, 1);
  for (const s of ["error", "warning", "info"] as const) {
    b.conditional({ kind: "textEquals", range: severities, text: SEVERITY_WORD[s], ...SEVERITY_FILLS[s] });
  }
  b.plan.autoFilter = b.range(HEADER_ROW, 0, findings.length + 1, HEADERS.length);
  b.plan.freeze = { rows: HEADER_ROW + 1, columns: 0 };
  b.plan.activeCell = b.range(first, 0);
  const plan = b.finish();
  // Every page ends at a planned break, so the footer counts this sheet's pages only (&N counts the workbook's).
  const breaks = rowBreaks({
    rowCount: plan.values.length,
    heightOf: (r) => b.heightOf(r),
    keepTogether: [],
    titleRowCount: HEADER_ROW + 1,
    capacity: pageCapacity(KONTROLL_WIDTHS, KONTROLL_MARGINS),
  });
  plan.print = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`,
    footer: { center: `Sida &P av ${breaks.length + 1} · ${sheetName.replace(/&/g, "&&")} · ${localDate(createdAt)}` },
    rowBreaks: breaks,
    firstPageNumber: 1,
    margins: { ...KONTROLL_MARGINS },
  };
  return plan;
}
