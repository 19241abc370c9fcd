/**
 * The indicator values table on each partner's tab: one row per indicator it
 * is a source of and per period, as partners type them (mostly "T2 2025",
 * now and then another accepted spelling or a number typed as text).
 */
import type { Cell } from "../core/cell";
import { rowOf, VARDEN_TABLE } from "../core/register/layout";
import { DEMO_INDICATORS, PLEDGE_TERTIALS, PLEDGE_YEARS, type DemoIndicator, type Reported } from "./demo-indicators";
import type { Rng } from "./random";

/** A row's cells in VARDEN_TABLE's columns: Period, Indikator-ID, Värde, Kvinnor, Män, Kommentar. */
export type ValueRow = Cell[];

/** Periods in the order a partner fills them in: a year's figure after its last tertial. */
const PERIOD_ORDER: readonly (string | number)[] = ["T2 2024", "T3 2024", 2024, "T1 2025", "T2 2025", "T3 2025", 2025];

/** Other accepted spellings some partners use, by "Part-ID|period". */
const SPELLINGS: Readonly<Record<string, string>> = {
  "HBK|T1 2025": "2025 T1",
  "STG|T3 2024": "Tertial 3 2024",
  "RFS|T2 2025": "t2-2025",
  "VIC|T2 2024": "T2-2024",
};

/** Values typed as text the Swedish way, by "Part-ID|Indikator-ID|period". */
const AS_TEXT: ReadonlySet<string> = new Set(["POL|I1|2024", "POL|I2|2025", "FRI|I6|T2 2025"]);

const COMMENTS: Readonly<Record<string, string>> = {
  "POL|I3|T3 2025": "Fler bedrägerier mot äldre under hösten",
  "KOM|I5|T3 2025": "Flera bilbränder under oktober, enligt räddningstjänsten",
  "KOM|I5|T2 2025": "Uppgift från räddningstjänsten",
  "STG|I4|T1 2025": "Minskning efter ny belysning i garagen",
  "POL|I1|2025": "Trygghetsmätningen hösten 2025",
};

/** "1 200" and "3,5": how a number looks when typed as text in a Swedish sheet. */
export function swedishNumberText(n: number): string {
  const [whole, frac] = String(n).split(".");
  const grouped = (whole ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return frac ? `${grouped},${frac}` : grouped;
}

function reportedAt(indicator: DemoIndicator, source: string, period: string | number): Reported | null {
  const series = indicator.reports[source];
  if (!series) return null;
  const index =
    typeof period === "number"
      ? indicator.frequency === "År"
        ? PLEDGE_YEARS.indexOf(period as 2024 | 2025)
        : -1
      : indicator.frequency === "Tertial"
        ? PLEDGE_TERTIALS.indexOf(period as (typeof PLEDGE_TERTIALS)[number])
        : -1;
  const figure = index >= 0 ? series[index] : undefined;
  if (figure === undefined) return null;
  return typeof figure === "number" ? { value: figure } : figure;
}

function splitBySex(indicator: DemoIndicator, r: Reported, rng: Rng): { women: number | null; men: number | null } {
  if (!indicator.genderSplit) return { women: null, men: null };
  if (r.women !== undefined && r.men !== undefined) return { women: r.women, men: r.men };
  const women = Math.round(r.value * ((indicator.womenShare ?? 0.5) + rng.between(-0.03, 0.03)));
  return { women, men: r.value - women };
}

/** Value rows per Part-ID, in the order the partner entered them. */
export function demoValues(rng: Rng): Map<string, ValueRow[]> {
  const byPartner = new Map<string, ValueRow[]>();
  for (const period of PERIOD_ORDER) {
    for (const indicator of DEMO_INDICATORS) {
      for (const source of Object.keys(indicator.reports)) {
        const r = reportedAt(indicator, source, period);
        if (!r) continue;
        const key = `${source}|${indicator.id}|${period}`;
        const { women, men } = splitBySex(indicator, r, rng);
        const label = typeof period === "number" ? period : (SPELLINGS[`${source}|${period}`] ?? period);
        const value: Cell = AS_TEXT.has(key) ? swedishNumberText(r.value) : r.value;
        const row: ValueRow = rowOf(VARDEN_TABLE, {
          period: label,
          indicatorId: indicator.id,
          value,
          women,
          men,
          comment: COMMENTS[key] ?? null,
        });
        const rows = byPartner.get(source) ?? [];
        rows.push(row);
        byPartner.set(source, rows);
      }
    }
  }
  return byPartner;
}
