/**
 * Swedish phone numbers as people write them: "070-123 45 67", "0701234567",
 * "+46 70 123 45 67", "0046 70-123 45 67", "013-20 60 00", "(013) 20 60 00",
 * "08-123 456 78", "013/20 60 00". The numbering plan: a trunk 0, an area
 * code (08, 0xx or 0xxx; mobiles 07x) and a subscriber number of 5–8 digits,
 * 7–9 national digits after the 0 in all, and always 9 for 07x numbers.
 */
import { joinedOnLeft, joinedOnRight } from "./text-context";

export interface PhoneNumberMatch {
  start: number;
  end: number;
}

const SPACE = "[ \\u00A0]";
const SEP = `(?:${SPACE}?[-\\u2013/]${SPACE}?|${SPACE})`;
const OPT_SEP = `(?:${SEP})?`;
// Every repetition is bounded, so a hostile run of digits and spaces costs a constant per position.
const PHONE = new RegExp(
  `(?<![\\p{L}\\p{N}_+])` +
    `(?:(\\+46|0046)${OPT_SEP}(\\(0\\)${OPT_SEP})?|\\((0\\d{1,3})\\)${SPACE}?|(?=0))` +
    `(\\d{1,12}(?:${SEP}\\d{1,12}){0,6})`,
  "gu",
);

// Two numbers are often written "070-123 45 67/073-765 43 21", and a number cut back
// before a trailing group ends at a dash or slash, so those do not join on the right.
const JOINS_LEFT = /[-\u2013\u2014.:,]/u;
const JOINS_RIGHT = /[.,:]/u;

type Prefix = "domestic" | "international" | "area-in-parentheses";

/**
 * Area codes written apart from the subscriber number must exist: 8 is the
 * only one-digit code, and two-digit codes are a short fixed list (the rest
 * are three digits, 0120–0981). So "05-1234 5678" or "012-345 67 89" is no phone.
 */
const TWO_DIGIT_AREAS = new Set([
  "10",
  "11",
  "13",
  "16",
  "18",
  "19",
  "20",
  "21",
  "23",
  "26",
  "31",
  "33",
  "35",
  "36",
  "40",
  "42",
  "44",
  "46",
  "54",
  "60",
  "63",
  "70",
  "72",
  "73",
  "76",
  "79",
  "90",
]);

function areaCodeExists(area: string): boolean {
  if (area.length === 1) return area === "8";
  if (area.length === 2) return TWO_DIGIT_AREAS.has(area);
  return area.length === 3 && area[0] !== "0";
}

function nationalDigitsValid(national: string): boolean {
  if (national.length < 7 || national.length > 9 || national[0] === "0") return false;
  return national[0] !== "7" || national.length === 9;
}

/** "01-02-2025" and "01 02 2025" are dates, not a two-digit area code and a subscriber. */
function looksLikeDate(groups: string[]): boolean {
  const [a = "", b = "", c = ""] = groups;
  return groups.length === 3 && a.length <= 2 && b.length <= 2 && /^(?:19|20)\d\d$/.test(c);
}

/** Whether these digit groups, read with this prefix, form a Swedish number. */
function groupsFormNumber(prefix: Prefix, area: string, groups: string[]): boolean {
  const [first = "", ...rest] = groups;
  if (rest.some((g) => g.length < 2 || g.length > 8)) return false;
  if (prefix === "area-in-parentheses") {
    if (first.length < 2) return false;
    const subscriber = groups.join("");
    return (
      subscriber.length >= 5 && subscriber.length <= 8 && areaCodeExists(area.slice(1)) && nationalDigitsValid(area.slice(1) + subscriber)
    );
  }
  if (prefix === "domestic") {
    if (!first.startsWith("0") || looksLikeDate(groups)) return false;
    if (rest.length === 0) return nationalDigitsValid(first.slice(1));
    const subscriber = rest.join("");
    return (
      areaCodeExists(first.slice(1)) && subscriber.length >= 5 && subscriber.length <= 8 && nationalDigitsValid(first.slice(1) + subscriber)
    );
  }
  // After +46 the trunk 0 is dropped, but "+46 070…" is a common slip that still means a phone.
  const areaDigits = first.startsWith("0") ? first.slice(1) : first;
  if (rest.length === 0) return nationalDigitsValid(areaDigits);
  const subscriber = rest.join("");
  return areaCodeExists(areaDigits) && subscriber.length >= 5 && subscriber.length <= 8 && nationalDigitsValid(areaDigits + subscriber);
}

/**
 * Every phone number in the text. A candidate that runs on into other
 * numbers ("070-123 45 67 12") is cut back group by group until it reads as
 * a number, so a year or a count written right after it does not hide it.
 */
export function findPhoneNumbers(text: string): PhoneNumberMatch[] {
  const found: PhoneNumberMatch[] = [];
  const re = new RegExp(PHONE.source, PHONE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [, international, , parenArea, body = ""] = m;
    const prefix: Prefix = international ? "international" : parenArea ? "area-in-parentheses" : "domestic";
    const bodyStart = m.index + m[0].length - body.length;
    const groups = Array.from(body.matchAll(/\d+/g), (g) => ({ digits: g[0], end: bodyStart + g.index + g[0].length }));
    let end = -1;
    for (let count = groups.length; count >= 1 && end < 0; count--) {
      const candidate = groups.slice(0, count);
      const candidateEnd = candidate[candidate.length - 1]?.end ?? -1;
      const digits = candidate.map((g) => g.digits);
      if (groupsFormNumber(prefix, parenArea ?? "", digits) && !joinedOnRight(text, candidateEnd, JOINS_RIGHT)) {
        end = candidateEnd;
      }
    }
    // "+46…" and "(013)" carry their own start; a bare 0 must not continue a date or an amount.
    const leftOk = prefix !== "domestic" || !joinedOnLeft(text, m.index, JOINS_LEFT);
    if (end > 0 && leftOk) {
      found.push({ start: m.index, end });
      re.lastIndex = end;
    } else {
      re.lastIndex = m.index + 1;
    }
  }
  return found;
}
