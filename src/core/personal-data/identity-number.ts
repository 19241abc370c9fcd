/**
 * Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer): a birth date, a serial of three digits and a Luhn
 * check digit. Spellings: YYMMDD-NNNN, YYYYMMDD-NNNN, without separator,
 * with a space, or with "+" for people aged 100 or more. A coordination
 * number adds 60 to the day (61–91).
 */
import type { PersonalDataKind } from "./types";

export interface IdentityNumberMatch {
  kind: Extract<PersonalDataKind, "personnummer" | "samordningsnummer">;
  start: number;
  end: number;
  /** Written as ten or twelve digits without any separator ("0701151234"). */
  bare: boolean;
}

// Fixed-width pieces only, so the scan stays linear on long digit runs.
const IDENTITY = /(?<![\p{L}\p{N}_])(\d{8}|\d{6})([-+ \u00A0\u2013]?)(\d{4})(?![\p{L}\p{N}_])/gu;

/** The Luhn (mod 10) check over the ten digits YYMMDDNNNC. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    const weighted = i % 2 === 0 ? d * 2 : d;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Classifies a date part and serial as a personnummer, a samordningsnummer or
 * neither. Without a century, "+" means born a hundred or more years ago; the
 * century only matters for 29 February.
 */
function classifyIdentityNumber(datePart: string, separator: string, serial: string): IdentityNumberMatch["kind"] | null {
  if (!/^\d{6}(?:\d{2})?$/.test(datePart) || !/^\d{4}$/.test(serial)) return null;
  const short = datePart.slice(-6);
  if (!luhnValid(short + serial)) return null;
  let year: number;
  if (datePart.length === 8) {
    const century = Number(datePart.slice(0, 2));
    // "+" belongs to the ten-digit spelling only.
    if (century < 18 || century > 20 || separator === "+") return null;
    year = Number(datePart.slice(0, 4));
  } else {
    year = (separator === "+" ? 1900 : 2000) + Number(short.slice(0, 2));
  }
  const month = Number(short.slice(2, 4));
  const day = Number(short.slice(4, 6));
  if (month < 1 || month > 12) return null;
  const maxDay = daysInMonth(year, month);
  if (day >= 1 && day <= maxDay) return "personnummer";
  if (day >= 61 && day - 60 <= maxDay) return "samordningsnummer";
  return null;
}

/** Every well-formed identity number in the text, before context is weighed. */
export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  const found: IdentityNumberMatch[] = [];
  for (const m of text.matchAll(IDENTITY)) {
    const [whole, datePart = "", separator = "", serial = ""] = m;
    const kind = classifyIdentityNumber(datePart, separator, serial);
    if (kind) found.push({ kind, start: m.index, end: m.index + whole.length, bare: separator === "" });
  }
  return found;
}
