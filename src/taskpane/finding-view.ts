/**
 * How findings are shown in the pane: filtered by severity and text, grouped
 * by tab in sheet order, and labelled "A7 · …" or, on a partner's own tab, "Rad 7: …".
 */
import { parseA1 } from "../core/address";
import type { Finding, Severity } from "../core/findings";
import { fold } from "../core/values";

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  text: string;
}

export const ALL_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Every severity shown, no text. */
export function newFilter(): FindingFilter {
  return { severities: new Set(ALL_SEVERITIES), text: "" };
}

/** Findings whose severity is shown and whose tab, cell or message holds the text (case-insensitively). */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const needle = fold(filter.text);
  return findings.filter((f) => {
    if (!filter.severities.has(f.severity)) return false;
    if (needle === "") return true;
    return [f.sheet, f.cell ?? "", f.message].some((s) => fold(s).includes(needle));
  });
}

export interface FindingGroup {
  sheet: string;
  findings: Finding[];
}

/** Groups by tab, keeping the order the findings come in (the check sorts them by tab and row). */
export function groupBySheet(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list }));
}

/** The 1-based row of a finding's cell, or null for a sheet-level finding. */
export function rowOf(finding: Pick<Finding, "cell">): number | null {
  if (!finding.cell) return null;
  try {
    return parseA1(finding.cell).row + 1;
  } catch {
    return null;
  }
}
