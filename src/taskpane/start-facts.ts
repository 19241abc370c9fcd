/**
 * What Start shows of a workbook before its check has run (issue 16): the pledge as `Löfte` holds it, and whether
 * the workbook is a register at all, taken from the first read's grids by the same reader the check uses
 * (`readPledge`), so they are what the check then gives (`tests/taskpane/start-facts.test.ts` holds them to it).
 * The partner count, the counts and the findings wait for the check: a row the check finds in error is not
 * counted, so the read alone cannot tell them. Part of the engine chunk (`engine.ts`), not of the first paint.
 */
import type { WorkbookGrids } from "../core/cell";
import { SHEET_NAMES } from "../core/register/layout";
import { readPledge } from "../core/register/read-pledge";
import { sheetByName } from "../core/register/read-register";
import type { Pledge } from "../core/register/types";

export interface StartFacts {
  /** `register.pledge` of the check to come: null when `Löfte` is missing or its required settings are not readable. */
  pledge: Pledge | null;
  /** `isNotRegister` of the check to come: none of the register's own sheets is there. */
  notRegister: boolean;
}

const OWN_SHEETS = [SHEET_NAMES.lofte, SHEET_NAMES.parter, SHEET_NAMES.atgarder, SHEET_NAMES.indikatorer];

export function startFacts(grids: WorkbookGrids): StartFacts {
  const lofte = sheetByName(grids, SHEET_NAMES.lofte);
  return {
    // Its findings are the check's to report.
    pledge: lofte ? readPledge(lofte, []) : null,
    notRegister: OWN_SHEETS.every((name) => sheetByName(grids, name) === undefined),
  };
}
