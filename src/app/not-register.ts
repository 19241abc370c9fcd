/**
 * A workbook with none of the register's own sheets is no register: the
 * ribbon's buttons write no Kontroll or report into it (they ask for
 * `onlyInRegister`), and say so instead.
 */
import type { WorkbookGrids } from "../core/cell";
import { sheetByName } from "../core/register/read-register";
import { REGISTER_SHEETS } from "./register-sheets";
import { ShownError } from "./shown-error";

export class NotRegisterError extends ShownError {
  constructor() {
    super({ code: "not-register" });
  }
}

/** True when at least one of the register's own sheets is in the read. */
export function isRegister(grids: WorkbookGrids): boolean {
  return REGISTER_SHEETS.some((name) => sheetByName(grids, name));
}
