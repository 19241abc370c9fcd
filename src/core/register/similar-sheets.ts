/**
 * When `Parter.Flik` names a sheet that does not exist, the tab has usually
 * been renamed ("Stångåstaden" → "Stångåstaden AB"), retyped with another
 * spelling of the same letters (an "å" pasted from a Mac is two characters),
 * or misspelt. These are the sheets the message can suggest: ones no partner
 * claims, that the add-in did not write and that are not register sheets,
 * ranked by how close their name is to the Flik.
 */
import type { SheetGrid } from "../cell";
import { fold } from "../values";
import { SHEET_NAMES } from "./layout";

/** Case, Unicode form, spaces and punctuation aside: "Stångåstaden AB." ≈ "stangastaden ab". */
export function looseName(name: string): string {
  return fold(name)
    .replace(/[\s\-_.,:;'"()]+/g, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** Edit distance (insert, delete, replace), for names of at most a few dozen characters. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** How near `name` is to `wanted`: 0 for the same letters, higher for further, null when not similar. */
function nearness(wanted: string, name: string): number | null {
  const w = looseName(wanted);
  const n = looseName(name);
  if (w === "" || n === "") return null;
  if (w === n) return 0;
  if (w.length >= 3 && n.length >= 3 && (n.includes(w) || w.includes(n))) return 1;
  const d = distance(w, n);
  return d <= Math.max(2, Math.floor(Math.max(w.length, n.length) / 4)) ? 1 + d / Math.max(w.length, n.length) : null;
}

const REGISTER = new Set(Object.values(SHEET_NAMES).map((n) => fold(n)));

/**
 * Up to `max` sheet names that may be the tab `wanted` under another name, best first.
 * `claimed` holds the folded names of sheets other partners' Flik already names.
 */
export function similarSheets(wanted: string, sheets: readonly SheetGrid[], claimed: ReadonlySet<string>, max = 2): string[] {
  return sheets
    .filter((s) => !s.generated && !REGISTER.has(fold(s.name)) && !claimed.has(fold(s.name)))
    .map((s) => ({ name: s.name, score: nearness(wanted, s.name) }))
    .filter((c): c is { name: string; score: number } => c.score !== null)
    .sort((a, b) => a.score - b.score)
    .slice(0, max)
    .map((c) => c.name);
}
