/**
 * Everything the strict Office.js fake records about a sheet, as plain data,
 * so a sheet can be compared cell by cell (values, number formats, formulas,
 * formats, merges, widths, tables, links, dropdowns, view and print settings)
 * before and after a use case runs.
 */
import type { MemSheet, MemWorkbook } from "../../support/memory-workbook";
import { markerNames, sheetByName } from "../../support/memory-workbook";

export interface SheetSnapshot {
  id: string;
  name: string;
  data: unknown;
}

const entries = <K, V>(map: Map<K, V>): [K, V][] => [...map.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));

/** A deep, plain copy of one sheet; Maps become sorted entry lists. */
export function snapshotSheet(sheet: MemSheet): SheetSnapshot {
  const { id, name, cells, numberFormats, formulas, columnWidths, rowHeights, hyperlinks, ...rest } = sheet;
  const data = {
    cells: cells.map((row) => (row ? [...row] : row)),
    numberFormats: entries(numberFormats),
    formulas: entries(formulas),
    columnWidths: entries(columnWidths),
    rowHeights: entries(rowHeights),
    hyperlinks: entries(hyperlinks),
    ...rest,
  };
  return { id, name, data: JSON.parse(JSON.stringify(data)) };
}

/** Snapshots of the named sheets (they must exist). */
export function snapshotSheets(wb: MemWorkbook, names: readonly string[]): SheetSnapshot[] {
  return names.map((name) => {
    const sheet = sheetByName(wb, name);
    if (!sheet) throw new Error(`no sheet ${name} to snapshot`);
    return snapshotSheet(sheet);
  });
}

/** The sheets with no add-in marker: the ones a person made (register sheets included). */
export function personMadeNames(wb: MemWorkbook): string[] {
  return wb.sheets.filter((s) => markerNames(wb, s).length === 0).map((s) => s.name);
}

/** Differences between two snapshots of the same sheets, cell by cell; empty when nothing changed. */
export function differences(before: SheetSnapshot[], wb: MemWorkbook): string[] {
  const out: string[] = [];
  for (const old of before) {
    const now = wb.sheets.find((s) => s.id === old.id);
    if (!now) {
      out.push(`${old.name}: deleted`);
      continue;
    }
    if (now.name !== old.name) out.push(`${old.name}: renamed to ${now.name}`);
    const fresh = snapshotSheet(now);
    const a = old.data as Record<string, unknown>;
    const b = fresh.data as Record<string, unknown>;
    const oldCells = a.cells as unknown[][];
    const newCells = b.cells as unknown[][];
    for (let r = 0; r < Math.max(oldCells.length, newCells.length); r++) {
      const x = oldCells[r] ?? [];
      const y = newCells[r] ?? [];
      for (let c = 0; c < Math.max(x.length, y.length); c++) {
        if (JSON.stringify(x[c] ?? null) !== JSON.stringify(y[c] ?? null))
          out.push(`${old.name} r${r}c${c}: ${JSON.stringify(x[c])} → ${JSON.stringify(y[c])}`);
      }
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (key === "cells") continue;
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
        out.push(`${old.name}.${key}: ${JSON.stringify(a[key])} → ${JSON.stringify(b[key])}`);
    }
  }
  return out;
}

/** The order of the given sheets among all sheets (positions relative to each other). */
export function relativeOrder(wb: MemWorkbook, ids: readonly string[]): string[] {
  return wb.sheets.filter((s) => ids.includes(s.id)).map((s) => s.id);
}
