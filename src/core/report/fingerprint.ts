/**
 * A short fingerprint of the data a report is built from, printed in its
 * head ("data a3f9c2") so two printed reports can be told apart at a glance:
 * same data, same fingerprint; any changed value, another one.
 */
import type { Register } from "../register/types";

/** Record fields that say where a row stands, not what it holds: moving or inserting empty rows must not change the fingerprint. */
const POSITION_KEYS = new Set(["ref"]);

/** JSON with sorted keys and without positions, so equal data always serialises the same way. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => !POSITION_KEYS.has(key) && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(",")}}`;
}

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Short stable fingerprint (6 hex chars) of the register's values; row positions on the sheets do not count. */
export function dataFingerprint(register: Register): string {
  const { pledge, partners, measures, indicators, activities, values, excludedRows } = register;
  const hash = fnv1a(canonical({ pledge, partners, measures, indicators, activities, values, excludedRows }));
  // Fold the top byte in so all 32 bits decide the 24 shown.
  return (((hash >>> 8) ^ (hash & 0xff) * 0x10101) & 0xffffff).toString(16).padStart(6, "0");
}
