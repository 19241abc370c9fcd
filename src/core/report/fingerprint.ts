/**
 * A short fingerprint of the data a report is built from, printed in its
 * head ("data a3f9c2") so two printed reports can be told apart at a glance:
 * same data, same fingerprint; any changed value, another one.
 */
import type { Register } from "../register/types";

/** Record fields that say where a row stands, not what it holds: moving or inserting empty rows must not change the fingerprint. */
const POSITION_KEYS = new Set(["ref"]);

/**
 * FNV-1a (32 bits) over the UTF-16 code units of a canonical JSON text: sorted
 * keys, no positions. The text is hashed in pieces of a few thousand parts
 * instead of being built whole, so a register of 400 000 rows hashes without a
 * 100 MB string; hashing the concatenation piece by piece gives the same hash.
 */
class Fnv1a {
  // Kept as a signed 32-bit integer (same bits, faster arithmetic); unsigned only in `digest`.
  private hash = 0x811c9dc5 | 0;
  private parts: string[] = [];

  feed(text: string): void {
    this.parts.push(text);
    if (this.parts.length >= 8192) this.flush();
  }

  digest(): number {
    this.flush();
    return this.hash >>> 0;
  }

  private flush(): void {
    const text = this.parts.join("");
    this.parts = [];
    let hash = this.hash;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    this.hash = hash;
  }
}

/** JSON of a primitive, as `JSON.stringify` writes it. */
function primitiveJson(value: unknown): string {
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return JSON.stringify(value ?? null) ?? "null";
  }
}

/** An object's keys in canonical order, each with its `"key":` prefix. */
interface KeyOrder {
  keys: string[];
  sorted: { key: string; prefix: string }[];
}

/**
 * Rows of one kind have the same keys in the same order, so the sorted order of
 * the last object seen at the same depth is checked and reused rather than sorted again.
 */
class KeyOrders {
  private last: (KeyOrder | undefined)[] = [];

  of(keys: string[], depth: number): KeyOrder["sorted"] {
    const last = this.last[depth];
    if (last && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i])) return last.sorted;
    const sorted = keys
      .filter((k) => !POSITION_KEYS.has(k))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => ({ key, prefix: `${JSON.stringify(key)}:` }));
    this.last[depth] = { keys, sorted };
    return sorted;
  }
}

/** Feeds `value` as JSON with sorted keys and without positions, so equal data always hashes the same way. */
function feedCanonical(value: unknown, out: Fnv1a, orders: KeyOrders, depth = 0): void {
  if (value === null || typeof value !== "object") {
    out.feed(primitiveJson(value));
    return;
  }
  if (Array.isArray(value)) {
    out.feed("[");
    value.forEach((item, i) => {
      if (i > 0) out.feed(",");
      feedCanonical(item, out, orders, depth + 1);
    });
    out.feed("]");
    return;
  }
  const record = value as Record<string, unknown>;
  let open = "{";
  for (const { key, prefix } of orders.of(Object.keys(record), depth)) {
    const v = record[key];
    if (v === undefined) continue;
    out.feed(open);
    out.feed(prefix);
    open = ",";
    if (v === null || typeof v !== "object") out.feed(primitiveJson(v));
    else feedCanonical(v, out, orders, depth + 1);
  }
  out.feed(open === "{" ? "{}" : "}");
}

// A report computes its fingerprint for its head and again for the pane; the register is not changed in between.
const cache = new WeakMap<Register, string>();

/** Short stable fingerprint (6 hex chars) of the register's values; row positions on the sheets do not count. */
export function dataFingerprint(register: Register): string {
  const hit = cache.get(register);
  if (hit !== undefined) return hit;
  const { pledge, partners, measures, indicators, activities, values, excludedRows } = register;
  const out = new Fnv1a();
  feedCanonical({ pledge, partners, measures, indicators, activities, values, excludedRows }, out, new KeyOrders());
  const hash = out.digest();
  // Fold the top byte in so all 32 bits decide the 24 shown.
  const fingerprint = (((hash >>> 8) ^ ((hash & 0xff) * 0x10101)) & 0xffffff).toString(16).padStart(6, "0");
  cache.set(register, fingerprint);
  return fingerprint;
}
