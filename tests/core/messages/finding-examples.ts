/**
 * Parameters of every finding code as the checks make them (typed by code, so
 * a new code does not compile until it has an example here), one per branch
 * of its texts, and the same with the cell's value held back as personal data.
 */
import type { FindingCode, FindingParams } from "../../../src/core/findings";

export const FINDING_EXAMPLES: { readonly [C in FindingCode]: readonly FindingParams[] } = {
  "missing-sheet": [{ sheet: "Åtgärder" }],
  "missing-column": [{ column: "Utgångsvärde" }],
  "missing-partner-tab": [
    { tab: "Hemgårdarna", partner: "HEM" },
    { tab: "Hemgårdarna", partner: "HEM", similar: "Hemgården\nHemgårdar" },
    { tab: "Polis/Syd", partner: "POL", problem: "Ett fliknamn får inte innehålla något av tecknen [ ] : * ? / \\." },
    { tab: "Föreningen för trygghet i hela stadsdelen", partner: "FTS", problem: "too long" },
    { partner: "HEM", hidden: "personnummer", at: "D3", column: "Flik" },
  ],
  "invalid-setting": [
    { field: "Giltig från", kind: "date" },
    { field: "Sista rapportdag", kind: "days" },
    { field: "Minsta antal att visa", kind: "whole" },
    { field: "Namn", kind: "missing" },
  ],
  required: (["date", "id", "period", "number", "whole", "choice", "text"] as const).map((hint) => ({ column: "Datum", hint })),
  "not-a-number": [
    { column: "Tillfällen", typed: "ca 20", whole: 1 },
    { column: "Värde", typed: "tre" },
    { column: "Värde", typed: "1.080", thousands: "1 080", decimal: "1,08" },
    { column: "Deltagare", typed: "1.200", thousands: "1 200", decimal: "1,2", whole: 1 },
    { column: "Värde", typed: "1.200.000", thousands: "1 200 000" },
    { column: "Värde", hidden: "telefon", at: "M4" },
  ],
  "not-a-whole-number": [
    { column: "Deltagare", typed: "1,5" },
    { column: "Deltagare", hidden: "personnummer", at: "E4" },
  ],
  negative: [{ column: "Deltagare" }],
  "percent-out-of-range": [
    { column: "Värde", typed: "112" },
    { column: "Värde", hidden: "samordningsnummer", at: "M5" },
  ],
  "not-a-date": [
    { column: "Datum", typed: "14/3 2025" },
    { column: "Datum", typed: "Summa", totals: 1 },
    { column: "Datum", hidden: "e-post", at: "A4" },
  ],
  "unknown-value": [
    { column: "Status", typed: "Klar", allowed: "Planerad, Genomförd, Inställd" },
    { column: "Status", hidden: "e-post", at: "D4", allowed: "Planerad, Genomförd, Inställd" },
  ],
  "invalid-period": [
    { column: "Period", typed: "T4 2025" },
    { column: "Period", typed: "Totalt", totals: 1 },
    { column: "Period", hidden: "telefon", at: "K9" },
  ],
  "cell-error": [{ column: "Värde", typed: "#DIV/0!" }],
  "unknown-partner": [
    { id: "XYZ", example: "POL" },
    { id: "XYZ" },
    { hidden: "personnummer", at: "C3", column: "Part-ID", example: "POL" },
  ],
  "unknown-measure": [{ id: "Å99", example: "Å1" }, { id: "Å99" }, { hidden: "telefon", at: "B4", column: "Åtgärd-ID" }],
  "unknown-indicator": [{ id: "I99", example: "I1" }, { id: "I99" }, { hidden: "e-post", at: "J5", column: "Indikator-ID" }],
  "duplicate-id": [
    { column: "Part-ID", id: "POL", firstRow: 3 },
    { column: "Part-ID", hidden: "personnummer", at: "A5", firstRow: 3 },
  ],
  "duplicate-value": [{ indicator: "Upplevd trygghet", period: "T2 2025", firstRow: 12 }],
  "frequency-mismatch": [
    { indicator: "Upplevd trygghet", frequency: "År", year: 2025, period: "T2 2025" },
    { indicator: "Anmälda brott", frequency: "Tertial", year: 2025, period: "2025" },
  ],
  "parts-exceed-total": [{ women: 12, men: 15, total: 20 }],
  "date-outside-pledge": [{ date: "2023-12-31", from: "2024-01-01", to: "2026-12-31" }],
  "date-in-future": [{ date: "2025-11-02" }, { date: "2025-11-02", planned: 1 }],
  "date-outside-measure": [{ date: "2025-02-01", measure: "Å4", from: "2025-03-01", to: "2025-12-31" }],
  "period-outside-pledge": [{ period: "T1 2023" }],
  "not-a-source": [{ partner: "Polisen", indicator: "Upplevd trygghet" }],
  "not-involved": [{ partner: "Polisen", measure: "Å4" }],
  "duplicate-row": [{ firstRow: 7 }],
  "missing-gender-split": [{ indicator: "Upplevd trygghet" }, { indicator: "Upplevd trygghet", missing: "Män" }],
  "personal-data": (["personnummer", "samordningsnummer", "telefon", "e-post", "annat"] as const).map((kind) => ({
    column: "Kommentar",
    kind,
  })),
  "no-report": [{ partner: "Hemgårdarna", tertial: "T2 2025", tab: "Hemgårdarna flik" }],
  "missing-value": [{ partner: "Polisen", indicator: "Anmälda brott", period: "T2 2025" }],
  "no-baseline": [{ indicator: "Upplevd trygghet" }],
  "planned-in-past": [{ date: "2025-03-14" }],
  "measure-without-activity": [
    { measure: "Å4", tertial: "T2 2025", partner: "Polisen" },
    { measure: "Å4", tertial: "T2 2025" },
  ],
  "indicator-changed": [
    { indicator: "Upplevd trygghet", column: "Målvärde", new: "80", old: "75", date: "2025-05-20" },
    { indicator: "Upplevd trygghet", column: "Riktning", new: "Lägre är bättre", old: "Högre är bättre" },
  ],
};
