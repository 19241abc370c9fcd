/**
 * Finds activity rows that are the same as an earlier row: every cell equal
 * once text is trimmed and case-folded (`cellKey`). Rows are grouped by a
 * 32-bit hash of exactly that text, computed without making it, and only rows
 * whose hashes meet are compared as text. A register of 400 000 rows where
 * many rows share a date and a count costs a few dozen milliseconds this way;
 * comparing texts for every row cost more than everything else the checks do.
 */
import type { Cell } from "../cell";
import type { TableData } from "../register/read-table";

/** A cell as two rows are compared: text trimmed and case-folded, anything else as it prints. */
export const cellKey = (v: Cell): string => (typeof v === "string" ? v.trim().toLowerCase() : String(v));

const SEPARATOR = 0x0001;
const step = (hash: number, c: number) => Math.imul(hash ^ c, 0x01000193);

/**
 * Lower case of a code unit up to U+00FF, as `toLowerCase` gives it (A–Z and
 * À–Þ but ×): below U+0100 case-folding goes character by character.
 */
const lowerLatin1 = (c: number) => ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

function hashText(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = step(hash, text.charCodeAt(i));
  return hash;
}

/** `hashText(hash, cellKey(v))`, without making the key for text in Latin-1 (Swedish) or whole numbers. */
function hashCell(hash: number, v: Cell): number {
  if (typeof v === "string") {
    const text = v.trim();
    let h = hash;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Beyond Latin-1, case-folding can depend on neighbours (a final sigma): fold the whole text.
      if (c > 0xff) return hashText(hash, text.toLowerCase());
      h = step(h, lowerLatin1(c));
    }
    return h;
  }
  if (typeof v === "number" && (v | 0) === v) return hashWhole(hash, v);
  return hashText(hash, String(v));
}

/** Digits of a whole number, last first (a scratch buffer: hashing makes no array per cell). */
const digits = new Int32Array(11);

/** `hashText(hash, String(n))` for a 32-bit whole number (dates and counts). */
function hashWhole(hash: number, n: number): number {
  if (n < 0) hash = step(hash, 0x2d); // -
  // Math.abs of -2³¹ does not fit 32 bits; >>> 0 reads it as 2³¹.
  let rest = Math.abs(n) >>> 0;
  let count = 0;
  do {
    digits[count++] = rest % 10;
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  while (count > 0) hash = step(hash, 0x30 + digits[--count]!);
  return hash;
}

/** FNV-1a of a row's signature: each cell's `cellKey` followed by U+0001. */
function rowHash(data: TableData, i: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let c = 0; c < data.at.length; c++) hash = step(hashCell(hash, data.cell(i, c)), SEPARATOR);
  return hash;
}

/** What makes two activity rows "the same": every cell, trimmed and case-folded. */
function rowSignature(data: TableData, i: number): string {
  let s = "";
  for (let c = 0; c < data.at.length; c++) s += `${cellKey(data.cell(i, c))}\u0001`;
  return s;
}

/**
 * The first row of each hash: open addressing over typed arrays sized for the
 * table, so the 2 000 rows of a tab leave no garbage behind (a Map per tab
 * grew to 20 MB of garbage for the benchmark's register).
 */
class FirstByHash {
  private readonly hashes: Int32Array;
  /** Row + 1 in each slot; 0 for an empty slot. */
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(rows: number) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The first row kept with `hash`; when there is none, keeps `row` and gives -1. */
  firstOr(hash: number, row: number): number {
    let slot = (hash ^ (hash >>> 16)) & this.mask;
    while (this.rows[slot] !== 0) {
      if (this.hashes[slot] === hash) return this.rows[slot]! - 1;
      slot = (slot + 1) & this.mask;
    }
    this.hashes[slot] = hash;
    this.rows[slot] = row + 1;
    return -1;
  }
}

export class SameRows {
  private readonly byHash: FirstByHash;
  /** For hashes that two rows met on: the first row of each signature. */
  private readonly bySignature = new Map<number, Map<string, number>>();

  constructor(private readonly data: TableData) {
    this.byHash = new FirstByHash(data.length);
  }

  /** The index of the first earlier row the same as row `i`, or -1. Rows are given in order. */
  firstSameAs(i: number): number {
    const hash = rowHash(this.data, i);
    const firstWithHash = this.byHash.firstOr(hash, i);
    if (firstWithHash < 0) return -1;
    let signatures = this.bySignature.get(hash);
    if (!signatures) {
      signatures = new Map([[rowSignature(this.data, firstWithHash), firstWithHash]]);
      this.bySignature.set(hash, signatures);
    }
    const signature = rowSignature(this.data, i);
    const first = signatures.get(signature);
    if (first === undefined) signatures.set(signature, i);
    return first ?? -1;
  }
}
