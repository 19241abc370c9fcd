/**
 * Puts the three detectors together: e-mail addresses first (their digits
 * are part of the address), then identity numbers, then phone numbers, and
 * keeps hits that do not overlap one taken earlier.
 */
import { findEmailAddresses } from "./email-address";
import { findIdentityNumbers } from "./identity-number";
import { findPhoneNumbers } from "./phone-number";
import { findUrlSpans, followsReferenceWord, joinedOnLeft, joinedOnRight } from "./text-context";
import type { PersonalDataHit, PersonalDataKind } from "./types";

interface Candidate {
  kind: PersonalDataKind;
  start: number;
  end: number;
  /** Lower wins when two candidates overlap. */
  rank: number;
}

/** Eight ASCII digits with anything between them. The two classes do not overlap: one way to match, no blow-up. */
const EIGHT_DIGITS = /[0-9](?:[^0-9]*[0-9]){7}/;

/**
 * An e-mail address needs an "@"; a phone number at least 8 digits (a trunk 0 and
 * 7 national digits, or 46 and 7); an identity number 10. Most free text (an
 * activity's title) has neither, and is settled without the detectors' work:
 * 410 000 free texts in a large register, tested by the engine's own string search
 * and pattern, a third less time than a loop over their characters in JavaScript.
 * tests/core/personal-data-screen.test.ts holds it to that loop.
 */
export function cannotHoldPersonalData(text: string): boolean {
  return text.indexOf("@") < 0 && !EIGHT_DIGITS.test(text);
}

const NO_HITS: readonly PersonalDataHit[] = Object.freeze([]);

/**
 * Finds personal data in free text, e.g. a partner's comment. Pure, no I/O.
 *
 * @example findPersonalData("Ring Anna på 070-123 45 67") // [{ kind: "telefon", start: 13, end: 26, match: "070-123 45 67" }]
 */
export function findPersonalData(text: string): readonly PersonalDataHit[] {
  // Most comments hold nothing: one shared answer instead of a new array for each.
  return cannotHoldPersonalData(text) ? NO_HITS : findIn(text);
}

/**
 * The detectors' work, in a function of its own: its closures capture `text`, so V8 makes a context for each call
 * at the function's entry, and once this code had run for one hit, every screened text paid for that context
 * too (56 bytes, 22 MB for a large register's 400 000 titles; docs/performance.md, issue 16, fourth session).
 */
function findIn(text: string): readonly PersonalDataHit[] {
  // Marks per character keep overlap and URL tests linear; a hit spans at most a few hundred characters.
  const inUrl = new Uint8Array(text.length);
  for (const [s, e] of findUrlSpans(text)) inUrl.fill(1, s, e);
  // Numbers after "OCR", "Faktura" and the like are references, whatever their check digit says.
  const isReference = (c: Candidate): boolean => inUrl[c.start] === 1 || followsReferenceWord(text, c.start);

  const candidates: Candidate[] = [
    ...findEmailAddresses(text).map((m) => ({ kind: "e-post" as const, start: m.start, end: m.end, rank: 0 })),
    ...findIdentityNumbers(text)
      .filter((m) => !joinedOnLeft(text, m.start) && !joinedOnRight(text, m.end))
      // Ten bare digits starting 07 read as a mobile number sooner than as someone born in 2007.
      .map((m) => ({ kind: m.kind, start: m.start, end: m.end, rank: m.bare && text.startsWith("07", m.start) ? 3 : 1 })),
    ...findPhoneNumbers(text).map((m) => ({ kind: "telefon" as const, start: m.start, end: m.end, rank: 2 })),
  ].filter((c) => c.kind === "e-post" || !isReference(c));

  candidates.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ kind: c.kind, start: c.start, end: c.end, match: text.slice(c.start, c.end) }));
}
