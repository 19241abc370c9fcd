/** Checks of the safety unit's sheets: unique IDs, references between them, baselines. */
import { idKey, isBlank } from "../values";
import type { RegisterHeader } from "../register/layout";
import type { Draft } from "../register/read-register";
import { type CheckContext, exampleId, flag, rowNumber, str } from "./context";
import { checkPersonalData } from "./personal-data-check";

function duplicates(ctx: CheckContext, rows: Draft[], header: RegisterHeader): void {
  const first = new Map<string, Draft>();
  for (const row of rows) {
    const id = str(row, header);
    if (id === undefined) continue;
    const seen = first.get(idKey(id));
    if (seen) flag(ctx, row, header, "duplicate-id", { id, column: header, firstRow: rowNumber(seen) });
    else first.set(idKey(id), row);
  }
}

function partnerRefs(ctx: CheckContext, row: Draft, header: RegisterHeader): void {
  if (!ctx.draft.read.parter) return;
  const v = row.values[header];
  const ids = typeof v === "string" ? [v] : Array.isArray(v) ? (v as string[]) : [];
  for (const id of ids) {
    if (!ctx.partners.has(idKey(id))) {
      flag(ctx, row, header, "unknown-partner", { id, column: header, example: exampleId(ctx.partners, "Part-ID") });
      return;
    }
  }
}

/**
 * The master sheets' texts a report prints (names, titles, the IDs beside
 * them): a `personal-data` finding where one holds personal data. `Parter.Kontakt`,
 * the address reminders go to, is not among them.
 */
const PRINTED_COLUMNS = {
  parter: ["Part-ID", "Namn", "Flik"],
  atgarder: ["Åtgärd-ID", "Åtgärd"],
  indikatorer: ["Indikator-ID", "Indikator"],
} as const;

export function checkMasterSheets(ctx: CheckContext): void {
  const { draft } = ctx;
  for (const p of draft.partners) checkPersonalData(ctx, p, PRINTED_COLUMNS.parter);
  for (const m of draft.measures) checkPersonalData(ctx, m, PRINTED_COLUMNS.atgarder);
  for (const i of draft.indicators) checkPersonalData(ctx, i, PRINTED_COLUMNS.indikatorer);
  duplicates(ctx, draft.partners, "Part-ID");
  duplicates(ctx, draft.partners, "Flik");
  duplicates(ctx, draft.measures, "Åtgärd-ID");
  duplicates(ctx, draft.indicators, "Indikator-ID");
  for (const m of draft.measures) {
    partnerRefs(ctx, m, "Ansvarig");
    partnerRefs(ctx, m, "Medverkande");
    const list = (m.values["Indikatorer"] as string[] | undefined) ?? [];
    const unknown = ctx.draft.read.indikatorer ? list.find((id) => !ctx.indicators.has(idKey(id))) : undefined;
    if (unknown !== undefined) {
      flag(ctx, m, "Indikatorer", "unknown-indicator", {
        id: unknown,
        column: "Indikatorer",
        example: exampleId(ctx.indicators, "Indikator-ID"),
      });
    }
  }
  for (const i of draft.indicators) {
    partnerRefs(ctx, i, "Källa");
    const name = str(i, "Indikator") ?? str(i, "Indikator-ID") ?? "";
    // Only blank cells: a baseline that does not parse already has an error finding.
    if (isBlank(i.raw["Utgångsvärde"])) flag(ctx, i, "Utgångsvärde", "no-baseline", { indicator: name });
    else if (isBlank(i.raw["Utgångsperiod"])) flag(ctx, i, "Utgångsperiod", "no-baseline", { indicator: name });
  }
}
