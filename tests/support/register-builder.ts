/** A small valid register as grids, and helpers to plant one fault at a time. */
import { parseA1 } from "../../src/core/address";
import type { Cell, WorkbookGrids } from "../../src/core/cell";
import { serialFromYMD } from "../../src/core/date";
import { AKTIVITETER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, PARTER_TABLE, VARDEN_TABLE } from "../../src/core/register/layout";

export const d = (y: number, m: number, day: number) => serialFromYMD(y, m, day)!;

/** A `Löfte` sheet with the required settings (pledge 2024-08-01–2025-12-31) and `extra` Fält/Värde rows below. */
export const lofteSheet = (extra: (string | number | null)[][]) => ({
  name: "Löfte",
  values: [["Fält", "Värde"], ["Namn", "Löftet"], ["Giltig från", d(2024, 8, 1)], ["Giltig till", d(2025, 12, 31)], ...extra],
});
const headers = (t: { columns: readonly { header: string }[] }) => t.columns.map((c) => c.header);

/** A partner tab: title, help, headers on row 3 (activities A–I, values K–P), data from row 4. */
export function partnerTab(activities: Cell[][], values: Cell[][]): Cell[][] {
  const rows: Cell[][] = [["Aktiviteter", ...Array(15).fill(null)], ["Hjälptext", ...Array(15).fill(null)], [...headers(AKTIVITETER_TABLE), null, ...headers(VARDEN_TABLE)]];
  for (let i = 0; i < Math.max(activities.length, values.length); i++) {
    const a = activities[i] ?? Array(9).fill(null);
    const v = values[i] ?? Array(6).fill(null);
    rows.push([...a, null, ...v]);
  }
  return rows;
}

export function baseGrids(): WorkbookGrids {
  return {
    sheets: [
      {
        name: "Löfte",
        values: [
          ["Fält", "Värde"],
          ["Namn", "Lokalt medborgarlöfte för Skäggetorp 2024–2025"],
          ["Område", "Skäggetorp"],
          ["Kommun", "Linköpings kommun"],
          ["Diarienummer", "KS 2024-498"],
          ["Giltig från", d(2024, 8, 1)],
          ["Giltig till", d(2025, 12, 31)],
          ["Rapporteras till", "Trygghetsrådet"],
        ],
      },
      {
        name: "Parter",
        values: [headers(PARTER_TABLE), ["POL", "Polisen", "Polis", "Polisen"], ["STG", "Stångåstaden", "Fastighetsägare", "Stångåstaden"]],
      },
      {
        name: "Åtgärder",
        values: [
          headers(ATGARDER_TABLE),
          ["Å1", "Trygghetsvandringar", "Kvinnors trygghet", "STG", "POL", d(2024, 8, 1), d(2025, 12, 31), "I1", "Pågår"],
          ["Å2", "Medborgardialog", "Tillit till samhället", "POL", null, null, null, null, "Pågår"],
        ],
      },
      {
        name: "Indikatorer",
        values: [
          headers(INDIKATORER_TABLE),
          ["I1", "Anmälda brott", "Antal", "POL", "Lägre är bättre", "Summa", "Tertial", 212, "T1 2024", 150, "Nej"],
          ["I2", "Otrygga ute sent på kvällen", "Procent", "POL", "Lägre är bättre", "Medel", "År", 46, "2023", 35, "Ja"],
          ["I3", "Skadegörelseärenden", "Antal", "STG", "Lägre är bättre", "Summa", "Tertial", 88, "2023", 50, "Nej"],
        ],
      },
      {
        name: "Polisen",
        values: partnerTab(
          [[d(2025, 5, 14), "Å2", "Medborgardialog på torget", "Genomförd", 1, 40, 22, 18, "Bra uppslutning"]],
          [
            ["T2 2025", "I1", 165, null, null, null],
            ["2025", "I2", 41, 46, 31, null],
          ],
        ),
      },
      {
        name: "Stångåstaden",
        values: partnerTab(
          [[d(2025, 6, 2), "Å1", "Trygghetsvandring i centrum", "Genomförd", 1, 25, 15, 10, null]],
          [["T2 2025", "I3", 49, null, null, null]],
        ),
      },
    ],
  };
}

/** A copy of `grids` with one cell set (grows the grid as needed). */
export function withCell(grids: WorkbookGrids, sheet: string, address: string, value: Cell): WorkbookGrids {
  const copy: WorkbookGrids = { sheets: grids.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })) };
  const target = copy.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseA1(address);
  while (target.values.length <= row) target.values.push([]);
  const r = target.values[row]!;
  while (r.length <= col) r.push(null);
  r[col] = value;
  return copy;
}

/** Appends a row to a sheet. */
export function withRow(grids: WorkbookGrids, sheet: string, row: Cell[]): WorkbookGrids {
  const copy: WorkbookGrids = { sheets: grids.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })) };
  copy.sheets.find((s) => s.name === sheet)!.values.push(row);
  return copy;
}

export const TODAY = d(2025, 9, 5);
export const T2_2025 = { kind: "tertial", year: 2025, tertial: 2 } as const;
