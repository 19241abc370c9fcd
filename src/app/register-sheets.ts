/**
 * The register's own sheets, which every partner tab is checked against. A
 * module of its own, with nothing but the names: the pane's first bundle needs
 * them (`src/taskpane/pane-findings.ts`), and must not pull the check engine in.
 */
import { SHEET_NAMES } from "../core/register/layout";

export const REGISTER_SHEETS: readonly string[] = [SHEET_NAMES.lofte, SHEET_NAMES.parter, SHEET_NAMES.atgarder, SHEET_NAMES.indikatorer];
