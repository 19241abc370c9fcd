/**
 * What surrounds a number decides whether it can be personal data: digits
 * glued to other digits or letters are part of something else (a date, a
 * code, a word), and a number right after "OCR" or "Faktura" is a payment
 * reference even when it happens to pass a check digit.
 */

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Punctuation that joins numbers into one thing: 2025-03-14, 14:30, 1,5, 3/4. */
const NUMBER_JOINER = /[-\u2013\u2014/.:,]/u;
const DIGIT = /\p{N}/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** True when `text[start]` continues a number or word to its left, as "03" does in "2025-03-14". */
export function joinedOnLeft(text: string, start: number, joiner: RegExp = NUMBER_JOINER): boolean {
  const before = text[start - 1];
  if (before === undefined) return false;
  if (isWordChar(before) || before === "@") return true;
  const twoBefore = text[start - 2];
  return joiner.test(before) && twoBefore !== undefined && DIGIT.test(twoBefore);
}

/** True when the text at `end` continues the number or word, as in "1212-5", "12,50" or "1212abc". */
export function joinedOnRight(text: string, end: number, joiner: RegExp = NUMBER_JOINER): boolean {
  const after = text[end];
  if (after === undefined) return false;
  if (isWordChar(after) || after === "@") return true;
  const twoAfter = text[end + 1];
  return joiner.test(after) && twoAfter !== undefined && DIGIT.test(twoAfter);
}

/**
 * Words after which a number is a payment or case reference, not personal
 * data: "OCR 5501011234", "Fakturanr: 0701234567", "Dnr 19121212-1212".
 * Deliberately absent: "org.nr", since a sole trader's organisation number
 * is the owner's personnummer.
 */
const REFERENCE_WORDS = [
  "ocr",
  "ocrnr",
  "ocrnummer",
  "faktura",
  "fakturan",
  "fakturanr",
  "fakturanummer",
  "ref",
  "referens",
  "referensnr",
  "referensnummer",
  "betalningsreferens",
  "bankgiro",
  "bg",
  "plusgiro",
  "postgiro",
  "pg",
  "konto",
  "kontonr",
  "kontonummer",
  "clearingnr",
  "clearingnummer",
  "order",
  "ordernr",
  "ordernummer",
  "kundnr",
  "kundnummer",
  "avtalsnr",
  "avtalsnummer",
  "dnr",
  "diarienr",
  "diarienummer",
  "ärendenr",
  "ärendenummer",
];
const REFERENCE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${REFERENCE_WORDS.join("|")})(?:[\\s.:#-]*(?:nr|nummer|no))?[\\s.:#-]*$`, "u");

/** True when a reference word such as "OCR" or "Faktura nr" stands right before `start`. */
export function followsReferenceWord(text: string, start: number): boolean {
  // A bounded look-back keeps the check constant-time per hit.
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  return REFERENCE_BEFORE.test(before);
}

const URL = /(?:https?:\/\/|www\.)[^\s<>"]+/giu;

/** Spans of web addresses, inside which digits are path segments or ids, not phone numbers. */
export function findUrlSpans(text: string): Array<[number, number]> {
  return Array.from(text.matchAll(URL), (m): [number, number] => [m.index, m.index + m[0].length]);
}
