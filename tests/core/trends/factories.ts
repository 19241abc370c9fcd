/**
 * Small builders for typed registers, so each test states only what matters to it.
 */
import { serialFromIso } from "../../../src/core/date";
import { parsePeriod, type Period } from "../../../src/core/period";
import type { Activity, Indicator, IndicatorValue, Measure, Partner, Pledge, Register, RowRef } from "../../../src/core/register/types";
import type { TertialPeriod } from "../../../src/core/period";

const ref = (sheet: string, row = 1): RowRef => ({ sheet, row, columns: {} });

export function serial(iso: string): number {
  const s = serialFromIso(iso);
  if (s === null) throw new Error(`not a date: ${iso}`);
  return s;
}

export function period(label: string): Period {
  const p = parsePeriod(label);
  if (p === null) throw new Error(`not a period: ${label}`);
  return p;
}

export function tertial(label: string): TertialPeriod {
  const p = period(label);
  if (p.kind !== "tertial") throw new Error(`not a tertial: ${label}`);
  return p;
}

/** The Skäggetorp pledge: 2024-08-01 to 2025-12-31 (T2 2024 … T3 2025). */
export function pledge(from = "2024-08-01", to = "2025-12-31"): Pledge {
  return {
    name: "Lokalt medborgarlöfte Skäggetorp",
    area: "Skäggetorp",
    municipality: "Linköping",
    caseNumber: "KS 2024-498",
    validFrom: serial(from),
    validTo: serial(to),
    reportsTo: "Trygghetsrådet",
    finalReportTo: "Kommunstyrelsen",
    reportDays: 14,
    minCount: 5,
  };
}

export function partner(id: string): Partner {
  return { id, name: `Part ${id}`, type: "Annan", tab: id, contact: null, ref: ref("Parter") };
}

export function measure(id: string, responsible = "KOM"): Measure {
  return {
    id,
    title: `Åtgärd ${id}`,
    focus: null,
    responsible,
    involved: [],
    start: null,
    end: null,
    indicators: [],
    status: null,
    ref: ref("Åtgärder"),
  };
}

export function indicator(id: string, over: Partial<Omit<Indicator, "id">> = {}): Indicator {
  return {
    id,
    name: `Indikator ${id}`,
    unit: "Antal",
    sources: ["POL"],
    direction: "Högre är bättre",
    aggregation: "Summa",
    frequency: "Tertial",
    baseline: null,
    baselinePeriod: null,
    target: null,
    genderSplit: false,
    ref: ref("Indikatorer"),
    ...over,
  };
}

export interface ValueOptions {
  partnerId?: string;
  women?: number | null;
  men?: number | null;
}

export function value(indicatorId: string, periodLabel: string, v: number, opts: ValueOptions = {}): IndicatorValue {
  return {
    partnerId: opts.partnerId ?? "POL",
    period: period(periodLabel),
    indicatorId,
    value: v,
    women: opts.women ?? null,
    men: opts.men ?? null,
    comment: null,
    ref: ref(opts.partnerId ?? "POL"),
  };
}

export function activity(partnerId: string, measureId: string, date: string, over: Partial<Activity> = {}): Activity {
  return {
    partnerId,
    date: serial(date),
    measureId,
    title: "Aktivitet",
    status: "Genomförd",
    occasions: null,
    participants: null,
    women: null,
    men: null,
    comment: null,
    ref: ref(partnerId),
    ...over,
  };
}

export function register(over: Partial<Register> = {}): Register {
  return {
    pledge: pledge(),
    partners: [],
    measures: [],
    indicators: [],
    activities: [],
    values: [],
    excludedRows: 0,
    totalRows: 0,
    ...over,
  };
}
