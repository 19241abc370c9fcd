/**
 * A finding's parameters with no personal data left in them, so no message
 * (in any language), no Kontroll cell and nothing that keeps the parameters
 * quotes a personal identity number, phone number or e-mail address that a
 * person typed.
 *
 * - The cell's own value (`typed`; `id` of an unknown or repeated ID; `tab` of
 *   a missing partner tab) is not shown at all when it holds personal data:
 *   it is removed, `hidden` says what kind it looked like, `at` names the
 *   cell and `column` its column, and the catalogue's message for a hidden value says what belongs in
 *   the cell instead.
 * - Other text from the register (a partner's or indicator's name, a measure's
 *   ID, an example ID, similar tab names) keeps its words, with the personal
 *   data in it replaced by `[personuppgift]`, and is cut to 120 characters.
 *
 * Only parameters the add-in composes itself from the layout, dates and
 * period labels are taken as they are.
 */
import type { FindingCode, FindingParams } from "../findings";
import { PERSONAL_DATA_MARKER, personalDataKind, redactPersonalData } from "../personal-data";

/** Parameters made by the add-in (headers, allowed lists, ISO dates, period labels, row numbers, flags). */
const COMPOSED = new Set([
  "column",
  "allowed",
  "hint",
  "field",
  "kind",
  "date",
  "from",
  "to",
  "period",
  "year",
  "frequency",
  "tertial",
  "firstRow",
  "totals",
  "planned",
  "blank",
  "sheet",
  "missing",
]);

/** Characters of a person's text a message quotes: a name, not a page. */
const MAX_QUOTED_CHARS = 120;

/** The column of the cell whose value is held back, where the finding's parameters do not name it. */
const COLUMN_OF: Partial<Record<FindingCode, string>> = {
  "unknown-partner": "Part-ID",
  "unknown-measure": "Åtgärd-ID",
  "unknown-indicator": "Indikator-ID",
  "missing-partner-tab": "Flik",
};

/** Parameters the add-in writes from the cell's own value (`typed`), gone with it when it is held back. */
const OF_TYPED = ["thousands", "decimal"] as const;

function hiddenKey(code: FindingCode, key: string): boolean {
  return key === "typed" || key === "id" || (key === "tab" && code === "missing-partner-tab");
}

/** Cut to `MAX_QUOTED_CHARS` at a whole character, and free of personal data again after the cut. */
function quoted(text: string): string {
  const clean = redactPersonalData(text);
  if (clean.length <= MAX_QUOTED_CHARS) return clean;
  let end = MAX_QUOTED_CHARS - 1;
  const code = clean.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return redactPersonalData(`${clean.slice(0, end)}…`);
}

/** The parameters of finding `code` at `cell` without personal data (the same object when there was nothing to change). */
export function safeParams(code: FindingCode, cell: string | null, params: FindingParams): FindingParams {
  let out: Record<string, string | number> | null = null;
  for (const key of Object.keys(params)) {
    if (COMPOSED.has(key)) continue;
    const value = params[key]!;
    const text = String(value);
    if (hiddenKey(code, key)) {
      const kind = personalDataKind(text);
      if (kind === null) continue;
      out ??= { ...params };
      delete out[key];
      out.hidden = kind;
      out.at = cell ?? "";
      const column = params.column ?? COLUMN_OF[code];
      if (column !== undefined) out.column = column;
      continue;
    }
    const safe = quoted(text);
    if (safe === text) continue;
    out ??= { ...params };
    out[key] = safe;
  }
  // Readings of the held-back value ("1.080": thousands, decimal) would quote it again.
  if (out?.hidden !== undefined) for (const key of OF_TYPED) delete out[key];
  return out ?? params;
}

export { PERSONAL_DATA_MARKER };
