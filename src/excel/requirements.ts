/**
 * Which ExcelApi requirement set each optional feature needs. The manifest
 * requires ExcelApi 1.9 (`MINIMUM_EXCEL_API`; tests/excel/api-sets.test.ts keeps
 * the two equal and fails on any Office.js member above it that is not behind
 * `isSetSupported`). The features up to 1.9 are still asked for at run time and
 * skipped when the host says no, so a report still gets its values.
 */

export const MINIMUM_EXCEL_API = "1.9";

export const FEATURE_SETS = {
  /** `range.conditionalFormats.add` (arrows, traffic lights). */
  conditionalFormats: "1.6",
  /** `chart.series.add`, `series.setValues/setXAxisValues`: the line chart. */
  charts: "1.7",
  /** `range.hyperlink`: links from Kontroll to the cell. */
  hyperlinks: "1.7",
  /** `worksheet.freezePanes.freezeRows/freezeAt`. */
  freezePanes: "1.7",
  /** `worksheet.tabColor`. */
  tabColor: "1.7",
  /** `worksheets.onActivated`, `WorksheetActivatedEventArgs.worksheetId`. */
  activatedEvents: "1.7",
  /** `Excel.createWorkbook(base64)`: Nästa löfte opens the new register in a new workbook. */
  createWorkbook: "1.8",
  /** `range.dataValidation` (dropdowns in the register). */
  dataValidation: "1.8",
  /** `worksheet.pageLayout`, `horizontalPageBreaks` (A4 landscape, footer, print titles). */
  pageLayout: "1.9",
  /** `worksheet.autoFilter.apply`. */
  autoFilter: "1.9",
  /** `format.indentLevel`. */
  indent: "1.9",
  /** `worksheets.onChanged`: live re-check while a partner types. */
  changedEvents: "1.9",
  /** `WorksheetChangedEventArgs.triggerSource`: Excel says which changes this add-in made. */
  eventTriggerSource: "1.14",
} as const;

export type Feature = keyof typeof FEATURE_SETS;

export type IsSetSupported = (name: string, version: string) => boolean;

/** The host's own answer; read lazily so tests never touch the Office global. */
export const officeIsSetSupported: IsSetSupported = (name, version) => Office.context.requirements.isSetSupported(name, version);

/** Asks once per feature and remembers the answer for the port's lifetime. */
export function featureSupport(isSetSupported: IsSetSupported): (feature: Feature) => boolean {
  const known = new Map<Feature, boolean>();
  return (feature) => {
    let ok = known.get(feature);
    if (ok === undefined) {
      ok = isSetSupported("ExcelApi", FEATURE_SETS[feature]);
      known.set(feature, ok);
    }
    return ok;
  };
}
