/** Names kept in a finding's params one a line, as the message shows them: `"A"`, `"A" eller "B"`, `"A", "B" or "C"`. */
export function quotedNames(lines: string | number | undefined, and: string): string {
  const names = String(lines ?? "")
    .split("\n")
    .filter((n) => n !== "")
    .map((n) => `"${n}"`);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}
