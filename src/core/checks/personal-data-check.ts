/** Free text must not hold personal identity numbers, phone numbers or e-mail addresses. */
import type { Cell } from "../cell";
import { findPersonalData, type PersonalDataKind } from "../personal-data";
import type { RegisterHeader } from "../register/layout";
import type { Draft } from "../register/read-register";
import { type CheckContext, flag } from "./context";

/** The detector, bound once: where tsx runs the code, an imported function is read through a getter at every call. */
const find = findPersonalData;

/** The kind of the first personal data in a cell's text, or null. */
export function personalDataKindIn(cell: Cell | undefined): PersonalDataKind | null {
  if (typeof cell !== "string" && typeof cell !== "number") return null;
  const hits = find(typeof cell === "string" ? cell : String(cell));
  return hits.length > 0 ? hits[0]!.kind : null;
}

export function checkPersonalData(ctx: CheckContext, row: Draft, headers: readonly RegisterHeader[]): void {
  for (const header of headers) {
    const kind = personalDataKindIn(row.raw[header]);
    if (kind !== null) flag(ctx, row, header, "personal-data", { column: header, kind });
  }
}
