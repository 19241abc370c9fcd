/**
 * A register that people have worked in: the demo register plus sheets a
 * person made whose names the add-in would like to use (`Kontroll`,
 * `Rapport T2 2025`, `Slutrapport`) and one that has nothing to do with it.
 * Their content is deliberately awkward: text that looks like a formula, a
 * date serial, an error value, empty cells between values.
 */
import type { Cell, SheetGrid, WorkbookGrids } from "../../../src/core/cell";
import { demoRegister } from "../../../src/demo/demo-register";

/** When the use cases run: 2025-09-05 14:32 in Sweden, inside T2 2025's follow-up. */
export const NOW = new Date(2025, 8, 5, 14, 32); // local time, as reports show it

export const PERSON_SHEET_NAMES = ["Kontroll", "Rapport T2 2025", "Slutrapport", "Anteckningar"] as const;

const grid = (rows: Cell[][]): Cell[][] => rows;

/** The sheets a person made, each with content the add-in must leave exactly as it is. */
export function personSheets(): SheetGrid[] {
  return [
    {
      name: "Kontroll",
      values: grid([
        ["Min egen kontrollista", null, null],
        ["Ringa Polisen", "=inte en formel", 45_905],
        [null, null, "#N/A"],
        ["Klart?", true, 0.25],
      ]),
    },
    {
      name: "Rapport T2 2025",
      values: grid([["Utkast till rapport, skrivet för hand"], ["+46 13 20 60 00", "-5", "@here"]]),
      top: 2,
      left: 1,
    },
    { name: "Slutrapport", values: grid([["Slutrapporten skriver jag själv i år."], [null], [1_200.5]]) },
    {
      name: "Anteckningar",
      values: grid([
        ["Möte", 45_900],
        ["Deltagare", 12],
      ]),
    },
  ];
}

/** The demo register with the person's sheets placed between and after the register's own. */
export function registerWithPersonSheets(): WorkbookGrids {
  const demo = demoRegister().sheets;
  const person = personSheets();
  // A person's Kontroll right after Löfte, the others at the end: positions must not move either.
  return { sheets: [demo[0]!, person[0]!, ...demo.slice(1), ...person.slice(1)] };
}

/** The same without the register: a workbook where someone wants to start one. */
export function personSheetsOnly(): WorkbookGrids {
  return { sheets: personSheets() };
}
