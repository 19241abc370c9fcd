/** Excel's own rules, as the fake enforces them (kept apart from the adapter's checks on purpose). */
import type { Cell } from "../../../src/core/cell";
import { parseRange } from "../../../src/core/address";
import { richError } from "./engine";
import type { Box } from "../../support/memory-workbook";

export function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
    throw richError("InvalidArgument", `Invalid sheet name: ${String(name)}`);
  }
  if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw richError("InvalidArgument", `Invalid sheet name: ${name}`);
  }
  return name;
}

/** A workbook name: letter or underscore first, then letters, digits, underscores and dots. */
export function checkDefinedName(name: unknown): string {
  if (typeof name !== "string" || !/^[\p{L}_][\p{L}\p{N}_.]{0,254}$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name)) {
    throw richError("InvalidArgument", `Invalid name: ${String(name)}`);
  }
  return name;
}

export function checkColor(color: unknown): string {
  if (typeof color !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(color)) throw richError("InvalidArgument", `Invalid color ${String(color)}`);
  return color;
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T)) throw richError("InvalidArgument", `Invalid ${what}: ${String(value)}`);
  return value as T;
}

/** A1 address or range on a sheet; whole columns ("A:C") and rows ("2:2") too. */
const boxes = new Map<string, Box>();

/**
 * The box of an A1 address, a column span ("A:C") or a row span ("2:5"). Kept by address (a read asks for the same
 * few addresses on every partner tab): each call gets its own copy; an invalid address is refused each time.
 */
export function boxOf(address: string): Box {
  let box = boxes.get(address);
  if (box === undefined) boxes.set(address, (box = parseBox(address)));
  return { ...box };
}

function parseBox(address: string): Box {
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (cols) {
    const r = parseRange(`${cols[1]}1:${cols[2]}1`);
    return { row: 0, col: r.col, rows: 1_048_576, cols: r.cols };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: 16_384 };
  }
  try {
    return parseRange(address.replace(/\$/g, ""));
  } catch {
    throw richError("InvalidArgument", `Invalid address: ${address}`);
  }
}

/** Throws unless `values` is a 2-D array of exactly the box's shape. */
export function checkShape(values: unknown, box: Box, what: string): unknown[][] {
  if (!Array.isArray(values) || values.length !== box.rows || values.some((r) => !Array.isArray(r) || r.length !== box.cols)) {
    const shape = Array.isArray(values) ? `${values.length}×${Array.isArray(values[0]) ? values[0].length : "?"}` : typeof values;
    throw richError("InvalidArgument", `${what}: the array (${shape}) does not match the range (${box.rows}×${box.cols}).`);
  }
  return values as unknown[][];
}

/**
 * What a typed string becomes in a cell not formatted as text, the way a Swedish Excel parses typing:
 * formulas; numbers with a decimal comma (or point) and spaces between thousands (ordinary, no-break, narrow
 * no-break): "1 200" is 1200; a percentage "41,5 %" is 0.415 and gives the cell a percent format; ISO
 * dates get a date format; SANT/FALSKT and TRUE/FALSE are booleans; a leading apostrophe is dropped.
 */
export function parseTyped(text: string): { value: Cell; formula?: string; numberFormat?: string } {
  if (/^[=+\-@\t]/.test(text) && text.length > 1 && !/^[+-]\d+([.,]\d+)?$/.test(text)) return { value: 0, formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const t = text.trim();
  const number = /^([+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+))(?:[.,](\d+))?(\s?%)?$/.exec(t);
  if (number) {
    const value = Number(`${number[1]!.replace(/[ \u00a0\u202f]/g, "")}.${number[2] ?? "0"}`);
    if (!number[3]) return { value };
    const decimals = number[2]?.length ?? 0;
    return { value: Number((value / 100).toFixed(decimals + 2)), numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { value: Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!) / 86_400_000 + 25_569, numberFormat: "yyyy-mm-dd" };
  if (/^(true|sant)$/i.test(t)) return { value: true };
  if (/^(false|falskt)$/i.test(t)) return { value: false };
  return { value: text };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
