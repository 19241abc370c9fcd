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
  if (typeof v === "number" && Number.isSafeInteger(v)) {
    let n = v;
    if (n < 0) {
      hash = step(hash, 0x2d); // -
      n = -n;
    }
    let scale = 1;
    while (scale * 10 <= n) scale *= 10;
    for (; scale >= 1; scale /= 10) {
      const digit = Math.floor(n / scale);
      hash = step(hash, 0x30 + digit);
      n -= digit * scale;
    }
    return hash;
  }
  return hashText(hash, String(v));
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

/** Rows with one hash: the only row so far, or the first row of each signature. */
type Group = number | Map<string, number>;

export class SameRows {
  private readonly groups = new Map<number, Group>();

  constructor(private readonly data: TableData) {}

  /** The index of the first earlier row the same as row `i`, or -1. Rows are given in order. */
  firstSameAs(i: number): number {
    const hash = rowHash(this.data, i);
    let group = this.groups.get(hash);
    if (group === undefined) {
      this.groups.set(hash, i);
      return -1;
    }
    if (typeof group === "number") {
      group = new Map([[rowSignature(this.data, group), group]]);
      this.groups.set(hash, group);
    }
    const signature = rowSignature(this.data, i);
    const first = group.get(signature);
    if (first === undefined) group.set(signature, i);
    return first ?? -1;
  }
}
