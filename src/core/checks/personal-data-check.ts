/** Free text must not hold personal identity numbers, phone numbers or e-mail addresses. */
import { findPersonalData } from "../personal-data";
import type { Draft } from "../register/read-register";
import { type CheckContext, flag } from "./context";

export function checkPersonalData(ctx: CheckContext, row: Draft, headers: readonly string[]): void {
  for (const header of headers) {
    const text = row.raw[header];
    if (typeof text !== "string" && typeof text !== "number") continue;
    const hits = findPersonalData(String(text));
    if (hits.length > 0) flag(ctx, row, header, "personal-data", { column: header, kind: hits[0]!.kind });
  }
}
