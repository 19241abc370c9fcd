/**
 * E-mail addresses: a local part, "@", and a domain of at least two labels
 * whose last label (the top-level domain) is letters only. Letters outside
 * ASCII (å, ä, ö, é) are accepted in both parts: an address typed with them
 * still names a person, and internationalised mail allows them.
 *
 * The scan starts from each "@" and walks outwards instead of using one
 * regular expression, because a pattern like `[\w.]+@` backtracks
 * quadratically over a long word that has no "@".
 */

export interface EmailAddressMatch {
  start: number;
  end: number;
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^\p{L}{2,63}$/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function localStart(text: string, at: number): number | null {
  let start = at;
  while (start > 0 && LOCAL_CHAR.test(text[start - 1] ?? "")) {
    if (at - start >= MAX_LOCAL) return null;
    start--;
  }
  // Leading dots and dashes belong to the sentence ("--anna@x.se"), not to the address.
  while (start < at && (text[start] === "." || text[start] === "-")) start++;
  const local = text.slice(start, at);
  if (local === "" || local.endsWith(".") || local.includes("..")) return null;
  return start;
}

function domainEnd(text: string, at: number): number | null {
  let end = at + 1;
  while (end < text.length && DOMAIN_CHAR.test(text[end] ?? "")) {
    if (end - at > MAX_DOMAIN) return null;
    end++;
  }
  // A full stop or dash after the address ends the sentence, not the domain.
  while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
  const labels = text.slice(at + 1, end).split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  return TOP_LEVEL.test(labels[labels.length - 1] ?? "") ? end : null;
}

/** Every e-mail address in the text, in order. */
export function findEmailAddresses(text: string): EmailAddressMatch[] {
  const found: EmailAddressMatch[] = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    const start = localStart(text, at);
    if (start === null) continue;
    const end = domainEnd(text, at);
    if (end === null) continue;
    found.push({ start, end });
  }
  return found;
}
