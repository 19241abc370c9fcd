/**
 * The head of a report: title, what period it covers and for whom, the
 * pledge's own facts, and when it was made from how much data.
 */
import { isoFromSerial } from "../../date";
import type { Register } from "../../register/types";
import { scopedData } from "./fingerprint";
import type { ReportScope } from "./report-scope";
import { countNoun, formatNumberSv, localDate, localDateTime, rowsExcluded } from "../../swedish-format";

export interface ReportHead {
  /** The pledge's Namn, "Lokalt medborgarlöfte för Skäggetorp 2024–2025". */
  title: string;
  area: string | null;
  /** "Tertialrapport T2 2025" or "Slutrapport T2 2024–T3 2025". */
  reportLabel: string;
  /** "maj–augusti 2025": the tertial's months, or the pledge's validity ("augusti 2024–december 2025"). */
  monthSpan: string;
  /**
   * The months the report's figures count: a tertial's; in the Slutrapport the pledge's tertials', from
   * the first's first month ("maj 2024–december 2025": T2 2024 counts from 1 May though the pledge starts later).
   */
  countedSpan: string;
  reportsTo: string | null;
  /** "2025-09-05 14:32", local time: the clock that also decides the checks' "today". */
  created: string;
  /** "2025-09-05". */
  createdDate: string;
  /** Usable rows (activities and indicator values) the report is built from. */
  rowsUsed: number;
  partnersReported: number;
  partnersTotal: number;
  /** Rows the report would have read, left out of every figure because of errors (`report-scope.ts`). */
  rowsExcluded: number;
  fingerprint: string;
  /** The data the report is built from (`fingerprint` and `rowsExcluded` are of it). */
  scope: ReportScope;
  /** Composed lines under the title: period and addressee; the pledge's facts (may be empty); when and from what. */
  subtitle: string;
  pledgeLine: string;
  createdLine: string;
}

export interface HeadFacts {
  reportLabel: string;
  monthSpan: string;
  /** The months the figures count, when not `monthSpan` (the Slutrapport's tertials). */
  countedSpan?: string;
  rowsUsed: number;
  partnersReported: number;
  createdAt: Date;
  /** The Slutrapport is addressed to `Slutrapport till`, a tertial report to `Rapporteras till`. */
  final?: boolean;
  /** What the report is built from: a tertial report its tertial's data, the Slutrapport the whole register. */
  scope: ReportScope;
}

function pledgeLine(register: Register): string {
  const p = register.pledge;
  if (p === null) return "";
  const parts = [p.area, p.municipality, `gäller ${isoFromSerial(p.validFrom)}–${isoFromSerial(p.validTo)}`];
  if (p.caseNumber) parts.push(`dnr ${p.caseNumber}`);
  return parts.filter((s): s is string => typeof s === "string" && s.trim() !== "").join(" · ");
}

export function reportHead(register: Register, facts: HeadFacts): ReportHead {
  const pledge = register.pledge;
  const created = localDateTime(facts.createdAt);
  const partnersTotal = register.partners.length;
  const read = scopedData(register, [facts.scope])[0]!;
  const fingerprint = read.data;
  const reportsTo = (facts.final ? pledge?.finalReportTo : pledge?.reportsTo) ?? null;
  const subtitle = [facts.reportLabel, facts.monthSpan, ...(reportsTo ? [`till ${reportsTo}`] : [])].join(" · ");
  const from = partnersTotal > 0 ? ` från ${formatNumberSv(facts.partnersReported)} av ${formatNumberSv(partnersTotal)} parter` : "";
  const excluded = read.excluded === 0 ? "inga rader utelämnade" : `${rowsExcluded(read.excluded)} (fel)`;
  return {
    title: pledge?.name ?? "Lokalt medborgarlöfte",
    area: pledge?.area ?? null,
    reportLabel: facts.reportLabel,
    monthSpan: facts.monthSpan,
    countedSpan: facts.countedSpan ?? facts.monthSpan,
    reportsTo,
    created,
    createdDate: localDate(facts.createdAt),
    rowsUsed: facts.rowsUsed,
    partnersReported: facts.partnersReported,
    partnersTotal,
    rowsExcluded: read.excluded,
    fingerprint,
    scope: facts.scope,
    subtitle,
    pledgeLine: pledgeLine(register),
    createdLine: `Skapad ${created} · underlag ${countNoun(facts.rowsUsed, "rad", "rader")}${from} · ${excluded} · data ${fingerprint}`,
  };
}
