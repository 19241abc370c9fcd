/**
 * Data for the report's charts: one small chart per key indicator, in the
 * indicator's own unit, with its target as a line. The value line is coloured
 * by better or worse as the indicator's row tells it (the direction shown,
 * where a change within normal variation is stable, and the row's status),
 * never by up or down: a series whose row says it worsens, or whose status
 * says it is at risk, off track or not met, never gets the colour of
 * "better"; one whose row says stable or within normal variation and whose
 * status is met or on track never gets the colour of "worse".
 */
import { periodKey, periodLabel, type TertialPeriod } from "../../period";
import type { Direction, IndicatorTrend, TargetStatus } from "../../trends/trend-types";
import { formatAutoSv } from "../../swedish-format";
import { idKey } from "../../values";
import { shownDirection, unitWord } from "./trend-words";

/** Two rows of three small charts at most. */
export const MAX_CHARTS = 6;

/** What the value line's colour says. */
export type ChartTone = "better" | "risk" | "worse" | "neutral";

export interface IndicatorChart {
  id: string;
  name: string;
  unit: IndicatorTrend["unit"];
  /** "antal", "procent", "index". */
  unitWord: string;
  /** One value per category, in the indicator's unit; null where nothing was reported. */
  values: (number | null)[];
  target: number | null;
  tone: ChartTone;
}

export interface ChartData {
  /** Tertial labels, "T2 2024" … */
  categories: string[];
  charts: IndicatorChart[];
}

/** Statuses (forecasts and verdicts) that say the indicator is not where it should be. */
const WORSE_STATUSES: ReadonlySet<string> = new Set(["off-track", "not-met"]);
const RISK_STATUSES: ReadonlySet<string> = new Set(["at-risk"]);
const BETTER_STATUSES: ReadonlySet<string> = new Set(["met", "on-track", "improved"]);

/** What an indicator's row tells the reader: its direction and noise (as judged, before showing) and its status. */
export interface ToldTrend {
  direction: Direction;
  noise: boolean | null;
  status: TargetStatus | string;
}

/**
 * The tone of an indicator's line, from what its row tells (the direction
 * shown: within normal variation is stable, see `shownDirection`). Worse wins
 * over everything (a worsening direction shown, or a status off track / not
 * met); then risk (at risk, whichever way it moved last); then better
 * (improving, or met / on track / improved); otherwise neutral (stable or
 * unknown without a target to judge by).
 */
export function chartTone(told: ToldTrend): ChartTone {
  const shown = shownDirection(told.direction, told.noise);
  if (shown === "worsening" || WORSE_STATUSES.has(told.status)) return "worse";
  if (RISK_STATUSES.has(told.status)) return "risk";
  if (shown === "improving" || BETTER_STATUSES.has(told.status)) return "better";
  return "neutral";
}

/**
 * Up to six tertial indicators with at least one value in the categories, in register order.
 * `rows` are the report's indicator rows (matched by id): a chart's colour says what its row says.
 */
export function chartData(
  trends: readonly IndicatorTrend[],
  tertials: readonly TertialPeriod[],
  rows: readonly (ToldTrend & { id: string })[],
): ChartData {
  const told = new Map(rows.map((r) => [idKey(r.id), r] as const));
  const charts: IndicatorChart[] = [];
  for (const t of trends) {
    if (charts.length >= MAX_CHARTS) break;
    if (t.frequency !== "Tertial") continue;
    const byPeriod = new Map(t.series.map((p) => [periodKey(p.period), p.value] as const));
    const values = tertials.map((c) => byPeriod.get(periodKey(c)) ?? null);
    if (values.every((v) => v === null)) continue;
    charts.push({
      id: t.id,
      name: t.name,
      unit: t.unit,
      unitWord: unitWord(t.unit),
      values,
      target: t.target,
      tone: chartTone(told.get(idKey(t.id)) ?? t),
    });
  }
  return { categories: charts.length > 0 ? tertials.map(periodLabel) : [], charts };
}

/** What a line's colour says, in words (the report's alt text, the published page). */
export const TONE_WORDS: Record<ChartTone, string> = {
  better: "utvecklingen går åt rätt håll",
  risk: "målet är i fara",
  worse: "utvecklingen går åt fel håll",
  neutral: "ingen tydlig förändring",
};

/** Alt text for one chart: what it shows, its latest value, the target and what the colour says, in words. */
export function chartAltText(chart: IndicatorChart, categories: readonly string[]): string {
  const first = categories[0] ?? "";
  const last = categories[categories.length - 1] ?? "";
  const span = first === last ? first : `${first}–${last}`;
  const points = chart.values.map((v, i) => (v === null ? null : `${categories[i]} ${formatAutoSv(v)}`)).filter((p) => p !== null);
  const suffix = chart.unit === "Procent" ? " %" : "";
  const target = chart.target === null ? "Mål saknas." : `Mål ${formatAutoSv(chart.target)}${suffix}.`;
  return `Linjediagram: ${chart.name} (${chart.unitWord}) per tertial ${span}: ${points.join(", ")}. ${target} Linjens färg: ${TONE_WORDS[chart.tone]}.`;
}
