/** The Excel host's public surface. */
export { createExcelPort, type ExcelPortOptions, type ExcelRun, type ExcelWorkbook } from "./excel-port";
export { ExcelBusyError } from "./retry";
export { FEATURE_SETS, MINIMUM_EXCEL_API } from "./requirements";
export type { ExcelStats } from "./session";
