/**
 * The acceptance fixtures: hand-written register specs (tests/acceptance/fixtures)
 * with the findings and trends expected from DOMAIN.md, and the comparisons a
 * judge would make (exact cells, numbers within 1e-9).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURE_DIR = join(__dirname, "fixtures");

export interface ExpectedFinding {
  code: string;
  severity: "error" | "warning" | "info";
  sheet: string;
  cell: string | null;
  why?: string;
}

export interface FixtureSpec {
  name: string;
  about: string;
  writers: ("python" | "libreoffice")[];
  check: { today: string; tertial: string };
  /** Infos must match exactly too (else: every expected info present). */
  exactInfo: boolean;
  expected: ExpectedFinding[];
  trends?: Record<string, Record<string, unknown>[]>;
}

export function loadFixtures(): FixtureSpec[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(join(FIXTURE_DIR, f), "utf8")) as Omit<FixtureSpec, "name">), name: f.replace(/\.json$/, "") }));
}

/** The severity of every code, copied from DOMAIN.md's table (not from the engine). */
export const DOMAIN_SEVERITY: Record<string, "error" | "warning" | "info"> = {
  "missing-sheet": "error",
  "missing-column": "error",
  "missing-partner-tab": "error",
  "invalid-setting": "error",
  required: "error",
  "not-a-number": "error",
  "not-a-whole-number": "error",
  negative: "error",
  "percent-out-of-range": "error",
  "not-a-date": "error",
  "unknown-value": "error",
  "invalid-period": "error",
  "cell-error": "error",
  "unknown-partner": "error",
  "unknown-measure": "error",
  "unknown-indicator": "error",
  "duplicate-id": "error",
  "duplicate-value": "error",
  "frequency-mismatch": "error",
  "parts-exceed-total": "error",
  "date-outside-pledge": "warning",
  "date-in-future": "warning",
  "date-outside-measure": "warning",
  "period-outside-pledge": "warning",
  "not-a-source": "warning",
  "not-involved": "warning",
  "duplicate-row": "warning",
  "missing-gender-split": "warning",
  "personal-data": "warning",
  "no-report": "info",
  "missing-value": "info",
  "no-baseline": "info",
  "planned-in-past": "warning",
  "measure-without-activity": "info",
  "indicator-changed": "warning",
};

export const findingKey = (f: { code: string; severity: string; sheet: string; cell: string | null }): string =>
  `${f.severity} ${f.code} ${f.sheet}!${f.cell ?? "(ingen cell)"}`;

/** Expected minus got and got minus expected, as multisets of keys. */
export function multisetDiff(expected: string[], got: string[]): { missing: string[]; unexpected: string[] } {
  const left = [...got];
  const missing: string[] = [];
  for (const e of expected) {
    const i = left.indexOf(e);
    if (i >= 0) left.splice(i, 1);
    else missing.push(e);
  }
  return { missing, unexpected: left };
}

/** A number written as arithmetic in a spec ("=(52+55+20)/3"), evaluated; other values as they are. */
export function specValue(v: unknown): unknown {
  if (typeof v !== "string" || !v.startsWith("=")) return v;
  const expr = v.slice(1);
  if (!/^[-+*/().\d\s]+$/.test(expr)) throw new Error(`not arithmetic: ${v}`);
  return Function(`"use strict"; return (${expr});`)() as number;
}

/**
 * Differences between an expected value (numbers within 1e-9) and the actual
 * one, as readable paths; fields of `expected` starting with "_" are notes.
 */
export function differences(expected: unknown, actual: unknown, path: string, out: string[] = []): string[] {
  const want = specValue(expected);
  if (typeof want === "number") {
    if (typeof actual !== "number" || !(Math.abs(actual - want) <= 1e-9)) out.push(`${path}: expected ${want}, got ${JSON.stringify(actual)}`);
  } else if (Array.isArray(want)) {
    if (!Array.isArray(actual) || actual.length !== want.length) {
      out.push(`${path}: expected ${want.length} items, got ${JSON.stringify(actual)}`);
    } else want.forEach((w, i) => differences(w, actual[i], `${path}[${i}]`, out));
  } else if (want !== null && typeof want === "object") {
    if (actual === null || typeof actual !== "object") out.push(`${path}: expected an object, got ${JSON.stringify(actual)}`);
    else {
      for (const [k, w] of Object.entries(want)) {
        if (k.startsWith("_")) continue;
        if (!(k in actual)) out.push(`${path}.${k}: missing`);
        else differences(w, (actual as Record<string, unknown>)[k], `${path}.${k}`, out);
      }
    }
  } else if (want !== actual) out.push(`${path}: expected ${JSON.stringify(want)}, got ${JSON.stringify(actual)}`);
  return out;
}
