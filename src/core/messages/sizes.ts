/** Sizes as the error catalogues write them. */

const MB = 1024 * 1024;

/** Megabytes for a message: "400 MB", "1,2 MB" (Swedish, `decimalMark` ",") or "1.2 MB" (English, "."). */
export function megabytes(bytes: number, decimalMark: "," | "."): string {
  const mb = bytes / MB;
  const text = mb >= 10 ? String(Math.round(mb)) : (Math.round(mb * 10) / 10).toString().replace(".", decimalMark);
  return `${text} MB`;
}

/** A whole number in groups of three: "64 000 000" (`separator` " "), "64,000,000" (","). */
export function groupedDigits(n: number, separator: " " | ","): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, separator);
}
