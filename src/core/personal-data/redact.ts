/**
 * Text with its personal data replaced by a neutral marker, for what the
 * add-in writes from a person's text (report cells, finding messages): the
 * register itself is never changed.
 */
import { findPersonalData } from "./find-personal-data";
import type { PersonalDataKind } from "./types";

/** What a report or a message shows instead of a personal identity number, phone number or e-mail address. */
export const PERSONAL_DATA_MARKER = "[personuppgift]";

/** The kind of the first personal data in a text, or null. */
export function personalDataKind(text: string): PersonalDataKind | null {
  const hits = findPersonalData(text);
  return hits.length > 0 ? hits[0]!.kind : null;
}

/**
 * `text` with every hit replaced by `marker`, until none is left (taking a hit
 * out can join what stood around it into another). Each round removes digits
 * or an "@" that every hit holds and the marker does not, so it ends.
 */
export function redactPersonalData(text: string, marker: string = PERSONAL_DATA_MARKER): string {
  let out = text;
  for (;;) {
    const hits = findPersonalData(out);
    if (hits.length === 0) return out;
    let next = "";
    let at = 0;
    for (const h of hits) {
      next += out.slice(at, h.start) + marker;
      at = h.end;
    }
    out = next + out.slice(at);
  }
}
