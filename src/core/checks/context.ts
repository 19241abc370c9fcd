/** What the relational checks share: the drafts indexed by ID, and where to put findings. */
import type { Finding, FindingCode, FindingParams } from "../findings";
import { finding } from "../messages/catalogue";
import { personalDataKind } from "../personal-data";
import type { RegisterHeader } from "../register/layout";
import type { Draft, RegisterDraft } from "../register/read-register";
import { cellOf, type TableData } from "../register/read-table";
import { idKey } from "../values";
import { SameRows } from "./same-rows";

export interface CheckContext {
  draft: RegisterDraft;
  partners: Map<string, Draft>;
  measures: Map<string, Draft>;
  indicators: Map<string, Draft>;
  /** Serial of today's date (findings about the future). */
  today: number;
  findings: Finding[];
  /** The duplicate-row search, reused for each partner tab (its tables are kept from tab to tab). */
  sameRows: SameRows;
}

/** First row per ID (later duplicates are findings, not entries). */
function index(rows: Draft[], header: RegisterHeader): Map<string, Draft> {
  const map = new Map<string, Draft>();
  for (const row of rows) {
    const id = row.values[header];
    if (typeof id === "string" && !map.has(idKey(id))) map.set(idKey(id), row);
  }
  return map;
}

export function checkContext(draft: RegisterDraft, today: number): CheckContext {
  return {
    draft,
    partners: index(draft.partners, "Part-ID"),
    measures: index(draft.measures, "Åtgärd-ID"),
    indicators: index(draft.indicators, "Indikator-ID"),
    today,
    findings: [],
    sameRows: new SameRows(),
  };
}

/** Records a finding on a row's cell; error findings leave the row out of figures. */
export function flag(ctx: CheckContext, row: Draft, header: RegisterHeader, code: FindingCode, params: FindingParams): void {
  const f = finding(code, row.ref.sheet, cellOf(row.ref, header), params);
  ctx.findings.push(f);
  if (f.severity === "error") row.hasError = true;
}

/** Records a finding on a cell of a table's data row `i` (an activity row); error findings leave the row out of figures. */
export function flagAt(ctx: CheckContext, data: TableData, i: number, header: string, code: FindingCode, params: FindingParams): void {
  const f = finding(code, data.sheet, data.cellAt(i, header), params);
  ctx.findings.push(f);
  if (f.severity === "error") data.markError(i);
}

/** A draft's string value (an ID or text), or undefined when it did not parse. */
export function str(row: Draft, header: RegisterHeader): string | undefined {
  const v = row.values[header];
  return typeof v === "string" ? v : undefined;
}

/** A draft's number value, or null when blank or unparsed. */
export function num(row: Draft, header: RegisterHeader): number | null {
  const v = row.values[header];
  return typeof v === "number" ? v : null;
}

/** "rad 7" style row number as people see it. */
export function rowNumber(row: Draft): number {
  return row.ref.row + 1;
}

/** An example ID from a map for a message ("till exempel POL"): the first one that holds no personal data. */
export function exampleId(map: Map<string, Draft>, header: RegisterHeader): string {
  for (const row of map.values()) {
    const id = String(row.values[header] ?? "");
    if (personalDataKind(id) === null) return id;
  }
  return "";
}
