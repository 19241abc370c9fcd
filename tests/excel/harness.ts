/** A port over a fresh strict fake, for the write tests. */
import { createExcelPort, type ExcelPortOptions } from "../../src/excel/excel-port";
import type { ExcelStats } from "../../src/excel/session";
import type { WorkbookGrids } from "../../src/core/cell";
import { sheetByName, type MemSheet } from "../support/memory-workbook";
import { createStrictFake, type StrictFake } from "./strict-fake";

/** A register sheet and a Kontroll sheet the add-in wrote earlier. */
export const register: WorkbookGrids = {
  sheets: [
    { name: "Löfte", values: [["Fält", "Värde"]] },
    { name: "Kontroll", values: [["Kontroll"]], generated: true },
  ],
};

export function portOnFake(options: ExcelPortOptions = {}, grids = register, apiVersion = 1.9) {
  const fake = createStrictFake(grids, { apiVersion });
  const stats: ExcelStats[] = [];
  const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, onStats: (s) => stats.push(s), ...options });
  return { fake, port, stats };
}

export function sheetNamed(fake: StrictFake, name: string): MemSheet {
  const found = sheetByName(fake.wb, name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}
