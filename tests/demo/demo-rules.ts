/**
 * A small, independent reading of DOMAIN.md's row rules for the demo's
 * partner tabs, so the demo can be held to "only the planted faults" before
 * (and apart from) the real checker. It knows the template layout and
 * nothing else; it is a test aid, not a second checker for users.
 */
import { a1 } from "../../src/core/address";
import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/cell";
import { serialFromIso } from "../../src/core/date";
import { parsePeriod, periodLabel } from "../../src/core/period";
import { ACTIVITY_STATUSES } from "../../src/core/register/layout";

export interface RuleFinding {
  code: string;
  severity: "error" | "warning";
  sheet: string;
  cell: string;
}

const FIRST_DATA_ROW = 5;
const VALUES_LEFT = 10;

export function sheet(wb: WorkbookGrids, name: string): SheetGrid {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`No sheet ${name}`);
  return s;
}

/** Data rows of a master table (header in row 1) as objects keyed by header. */
export function records(s: SheetGrid): Record<string, Cell>[] {
  const [head, ...rows] = s.values;
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [String(h), r[i] ?? null])));
}

export const ids = (c: Cell): string[] =>
  c === null
    ? []
    : String(c)
        .split(/[,;]/)
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean);

/** A number as Swedes type it, null when empty, NaN when not a number. */
export function num(c: Cell): number | null {
  if (c === null || c === "") return null;
  if (typeof c === "number") return c;
  const s = String(c)
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/** A serial, null when empty, NaN when not a date. */
export function date(c: Cell): number | null {
  if (c === null || c === "") return null;
  if (typeof c === "number") return Number.isInteger(c) ? c : NaN;
  return serialFromIso(String(c)) ?? NaN;
}

const PHONE_OR_MAIL = /(\+46|\b0)\d{1,3}[- ]?\d{2,3}[ -]?\d{2}[ -]?\d{2}|@|\b\d{6,8}[-+]?\d{4}\b/;

export function checkDemo(wb: WorkbookGrids): RuleFinding[] {
  const out: RuleFinding[] = [];
  const lofte = Object.fromEntries(
    sheet(wb, "Löfte")
      .values.slice(1)
      .map((r) => [String(r[0]), r[1] ?? null]),
  );
  const from = lofte["Giltig från"] as number;
  const to = lofte["Giltig till"] as number;
  const partners = records(sheet(wb, "Parter"));
  const measures = new Map(records(sheet(wb, "Åtgärder")).map((m) => [String(m["Åtgärd-ID"]).toLowerCase(), m]));
  const indicators = new Map(records(sheet(wb, "Indikatorer")).map((i) => [String(i["Indikator-ID"]).toLowerCase(), i]));
  const pledgeTertials = new Set(["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025", "2024", "2025"]);

  for (const p of partners) {
    const pid = String(p["Part-ID"]).toLowerCase();
    const tab = sheet(wb, String(p["Flik"]));
    const find = (code: string, severity: RuleFinding["severity"], row: number, col: number): void => {
      out.push({ code, severity, sheet: tab.name, cell: a1(row, col) });
    };
    const seenRows = new Set<string>();
    const seenValues = new Set<string>();
    tab.values.forEach((r, row) => {
      if (row < FIRST_DATA_ROW) return;
      const act = r.slice(0, 9);
      if (act.some((c) => c !== null)) {
        const [d, mid, title, status, occ, total, women, men, comment] = act;
        let bad = false;
        const serial = date(d ?? null);
        if (serial === null || Number.isNaN(serial)) {
          find("not-a-date", "error", row, 0);
          bad = true;
        }
        const measure = measures.get(String(mid).trim().toLowerCase());
        if (!measure) {
          find("unknown-measure", "error", row, 1);
          bad = true;
        }
        if (!title) {
          find("required", "error", row, 2);
          bad = true;
        }
        if (!ACTIVITY_STATUSES.includes(status as (typeof ACTIVITY_STATUSES)[number])) {
          find("unknown-value", "error", row, 3);
          bad = true;
        }
        const counts = [occ, total, women, men].map((c) => num(c ?? null));
        counts.forEach((n, i) => {
          if (n === null) return;
          if (Number.isNaN(n)) {
            find("not-a-number", "error", row, 4 + i);
            bad = true;
          } else if (!Number.isInteger(n) || n < 0) {
            find("not-a-whole-number", "error", row, 4 + i);
            bad = true;
          }
        });
        const [, t, w, m] = counts;
        if (t != null && w != null && m != null && !bad && w + m > t) {
          find("parts-exceed-total", "error", row, 5);
          bad = true;
        }
        for (const [i, text] of [
          [2, title],
          [8, comment],
        ] as const) {
          if (typeof text === "string" && PHONE_OR_MAIL.test(text)) find("personal-data", "warning", row, i);
        }
        if (bad) return;
        if (serial! < from || serial! > to) find("date-outside-pledge", "warning", row, 0);
        const ms = date(measure!["Start"] ?? null);
        const me = date(measure!["Slut"] ?? null);
        if ((ms !== null && serial! < ms) || (me !== null && serial! > me)) find("date-outside-measure", "warning", row, 0);
        const involved = [...ids(measure!["Ansvarig"] ?? null), ...ids(measure!["Medverkande"] ?? null)];
        if (!involved.includes(pid)) find("not-involved", "warning", row, 1);
        const key = JSON.stringify([serial, String(mid).toLowerCase(), String(title).toLowerCase()]);
        if (seenRows.has(key)) find("duplicate-row", "warning", row, 0);
        seenRows.add(key);
      }
      const val = r.slice(VALUES_LEFT, VALUES_LEFT + 6);
      if (val.some((c) => c !== null)) {
        const [per, iid, value, women, men] = val;
        const col = (i: number): number => VALUES_LEFT + i;
        const period = parsePeriod(per);
        if (!period) return find("invalid-period", "error", row, col(0));
        const ind = indicators.get(String(iid).trim().toLowerCase());
        if (!ind) return find("unknown-indicator", "error", row, col(1));
        const annual = ind["Frekvens"] === "År";
        if (annual !== (period.kind === "year")) return find("frequency-mismatch", "error", row, col(0));
        const parts = [value, women, men].map((c) => num(c ?? null));
        for (const [i, n] of parts.entries()) {
          if (n === null) continue;
          if (Number.isNaN(n)) return find("not-a-number", "error", row, col(2 + i));
          if (n < 0) return find("negative", "error", row, col(2 + i));
          if (ind["Enhet"] === "Procent" && n > 100) return find("percent-out-of-range", "error", row, col(2 + i));
        }
        if (!pledgeTertials.has(periodLabel(period))) find("period-outside-pledge", "warning", row, col(0));
        if (!ids(ind["Källa"] ?? null).includes(pid)) find("not-a-source", "warning", row, col(1));
        const key = `${String(iid).toLowerCase()}|${periodLabel(period)}`;
        if (seenValues.has(key)) find("duplicate-value", "error", row, col(1));
        seenValues.add(key);
        if (ind["Könsuppdelad"] === "Ja" && (parts[1] === null || parts[2] === null)) find("missing-gender-split", "warning", row, col(2));
      }
    });
  }
  return out;
}
