/**
 * The activities table on each partner's tab: what the partners of each
 * measure did in each tertial, dated inside both the pledge and the measure,
 * and only on measures the partner is responsible for or part of.
 */
import type { Cell } from "../core/cell";
import { isoFromSerial, ymdFromSerial } from "../core/date";
import { parsePeriod, tertialMonths } from "../core/period";
import { ACTIVITY_COLUMN } from "../core/register/activity-rows";
import { AKTIVITETER_TABLE, type CellsOf, rowOf } from "../core/register/layout";
import { DEMO_PARTNERS, DEMO_PLEDGE, SILENT_IN_T3_2025, serial } from "./demo-data";
import { PLEDGE_TERTIALS } from "./demo-indicators";
import { DEMO_MEASURES, type DemoMeasure } from "./demo-measures";
import type { Rng } from "./random";

/** A row's cells in AKTIVITETER_TABLE's columns: Datum … Kommentar. */
export type ActivityRow = Cell[];

/** An activity's cells by field, laid out as the table's columns. */
const activityCells = (cells: CellsOf<typeof AKTIVITETER_TABLE>): ActivityRow => rowOf(AKTIVITETER_TABLE, cells);

const COMMENTS = [
  "Bra uppslutning",
  "Färre deltagare än vanligt",
  "Tillsammans med fältassistenterna",
  "Tolk på arabiska och somaliska",
  "Många nya deltagare",
  "Flera föräldrar följde med",
  "Fika efteråt",
];
const QUIET_COMMENTS = ["Åtgärdat samma vecka", "Felanmält till kommunen", "Gjordes tillsammans med boende"];
const CANCEL_COMMENTS = ["Inställt på grund av väder", "Inställt, ledaren sjuk", "För få anmälda"];

/** One row every demo run has: a big day typed with a thousands space. */
const FIXED: readonly { partner: string; row: ActivityRow }[] = [
  {
    partner: "KOM",
    row: activityCells({
      date: serial("2025-06-07"),
      measureId: "Å13",
      title: "Skäggetorpsdagen, familjefest på torget",
      status: "Genomförd",
      occasions: 1,
      participants: "1 200",
      women: null,
      men: null,
      comment: "Många aktörer hade tält",
    }),
  },
];

function holidayTitle(month: number): string {
  if (month === 2 || month === 3) return "Sportlovsaktiviteter";
  if (month === 4) return "Påsklovsaktiviteter";
  if (month >= 6 && month <= 8) return "Sommarlovsaktiviteter";
  if (month === 10 || month === 11) return "Höstlovsaktiviteter";
  if (month === 12 || month === 1) return "Jullovsaktiviteter";
  return "Helgaktivitet för barn och unga";
}

/** Serial range of a pledge tertial inside the measure's dates, or null when they do not meet. */
function tertialWindow(measure: DemoMeasure, tertial: string): [number, number] | null {
  const p = parsePeriod(tertial);
  if (!p || p.kind !== "tertial") throw new Error(`Not a tertial: ${tertial}`);
  const [m1, m2] = tertialMonths(p.tertial);
  const lastDay = new Date(Date.UTC(p.year, m2, 0)).getUTCDate();
  const lo = Math.max(
    serial(`${p.year}-${String(m1).padStart(2, "0")}-01`),
    DEMO_PLEDGE.validFrom,
    measure.start ? serial(measure.start) : -Infinity,
  );
  const hi = Math.min(
    serial(`${p.year}-${String(m2).padStart(2, "0")}-${lastDay}`),
    DEMO_PLEDGE.validTo,
    measure.end ? serial(measure.end) : Infinity,
  );
  return lo <= hi ? [lo, hi] : null;
}

const weekday = (s: number): number => (s + 6) % 7; // serial 0 (1899-12-30) was a Saturday

/** Christmas Eve to New Year's Day: nobody in the area runs activities then. */
function closed(s: number): boolean {
  const { month, day } = ymdFromSerial(s);
  return (month === 12 && day >= 24) || (month === 1 && day === 1);
}

function pickDate(rng: Rng, [lo, hi]: [number, number], days: readonly number[] | undefined): number | null {
  const start = rng.int(lo, hi);
  const fits = (s: number): boolean => s >= lo && s <= hi && !closed(s) && (!days || days.includes(weekday(s)));
  for (let d = 0; d < 7; d++) {
    if (fits(start + d)) return start + d;
    if (fits(start - d)) return start - d;
  }
  return null;
}

function activityRow(rng: Rng, measure: DemoMeasure, date: number): ActivityRow {
  const a = measure.activity;
  const { month } = ymdFromSerial(date);
  const title = a.holidays ? holidayTitle(month) : rng.pick(a.titles);
  const late = date >= serial("2025-12-01");
  const status = late && rng.chance(0.3) ? "Planerad" : rng.chance(0.05) ? "Inställd" : "Genomförd";
  const dateCell: Cell = rng.chance(0.04) ? isoFromSerial(date) : date;
  const row = (occasions: number, participants: Cell, women: Cell, men: Cell, comment: Cell): ActivityRow =>
    activityCells({ date: dateCell, measureId: measure.id, title, status, occasions, participants, women, men, comment });
  if (status === "Inställd") {
    const reasons = a.participants ? CANCEL_COMMENTS : CANCEL_COMMENTS.slice(0, 1);
    return row(0, null, null, null, rng.chance(0.6) ? rng.pick(reasons) : null);
  }
  const occasions = rng.int(a.occasions[0], a.occasions[1]);
  if (status === "Planerad" || !a.participants) {
    return row(occasions, null, null, null, !a.participants && rng.chance(0.15) ? rng.pick(QUIET_COMMENTS) : null);
  }
  const total = rng.int(a.participants[0], a.participants[1]);
  let women: number | null = Math.round(total * rng.between(a.womenShare[0], a.womenShare[1]));
  let men: number | null = total - women;
  // Sometimes not everyone's sex is noted, sometimes nobody's.
  if (rng.chance(0.15)) men = Math.max(0, men - rng.int(1, 2));
  if (rng.chance(0.08)) women = men = null;
  return row(occasions, total, women, men, rng.chance(0.12) ? rng.pick(COMMENTS) : null);
}

const dateOf = (row: ActivityRow): number => {
  const date = row[ACTIVITY_COLUMN.date];
  return typeof date === "number" ? date : serial(String(date));
};

/**
 * Activity rows per Part-ID, sorted by date. `reserved` holds "Part-ID|Åtgärd-ID|serial"
 * keys already used elsewhere (planted rows), so no generated row looks like them.
 */
export function demoActivities(rng: Rng, reserved: ReadonlySet<string> = new Set()): Map<string, ActivityRow[]> {
  const byPartner = new Map<string, ActivityRow[]>(DEMO_PARTNERS.map((p) => [p.id, []]));
  // One activity per measure and day on a tab, so no two rows can look like the same activity.
  const taken = new Set<string>(reserved);
  const add = (partner: string, row: ActivityRow): void => {
    byPartner.get(partner)!.push(row);
    taken.add(`${partner}|${String(row[ACTIVITY_COLUMN.measureId])}|${dateOf(row)}`);
  };
  const generate = (partner: string, measure: DemoMeasure, w: [number, number]): boolean => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const date = pickDate(rng, w, measure.activity.weekdays);
      if (date === null || taken.has(`${partner}|${measure.id}|${date}`)) continue;
      add(partner, activityRow(rng, measure, date));
      return true;
    }
    return false;
  };
  const silent = (partner: string, tertial: string): boolean => tertial === "T3 2025" && SILENT_IN_T3_2025.includes(partner);

  for (const f of FIXED) add(f.partner, f.row);
  for (const tertial of PLEDGE_TERTIALS) {
    for (const measure of DEMO_MEASURES) {
      const w = tertialWindow(measure, tertial);
      if (!w) continue;
      const share = (w[1] - w[0] + 1) / 122; // a tertial has about 122 days
      for (const partner of [measure.responsible, ...measure.involved]) {
        if (silent(partner, tertial)) continue;
        const expected = measure.activity.perTertial * share * (partner === measure.responsible ? 0.6 : 0.2);
        const n = Math.floor(expected + rng.next());
        for (let i = 0; i < n; i++) generate(partner, measure, w);
      }
    }
    // Every partner that can report in a tertial does, so `no-report` marks only the silent ones.
    for (const { id } of DEMO_PARTNERS) {
      if (silent(id, tertial)) continue;
      if (byPartner.get(id)!.some((r) => inTertial(dateOf(r), tertial))) continue;
      const measure = DEMO_MEASURES.find((m) => (m.responsible === id || m.involved.includes(id)) && tertialWindow(m, tertial));
      if (measure) generate(id, measure, tertialWindow(measure, tertial)!);
    }
  }
  for (const rows of byPartner.values()) rows.sort((a, b) => dateOf(a) - dateOf(b));
  return byPartner;
}

function inTertial(date: number, tertial: string): boolean {
  const p = parsePeriod(tertial);
  if (!p || p.kind !== "tertial") return false;
  const { year, month } = ymdFromSerial(date);
  const [m1, m2] = tertialMonths(p.tertial);
  return year === p.year && month >= m1 && month <= m2;
}
