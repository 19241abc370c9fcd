/**
 * parseA1 and parseRange read plain addresses ("F4", "B2:D5") without a regular expression (scanA1 and indexOf);
 * they must give what the pattern gives for every text, plain or not, and throw where it throws.
 */
import fc from "fast-check";
import { a1Range, parseA1, parseRange } from "../../src/core/address";

/** parseA1 as it was, by the pattern alone: the reference. */
function patternA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** parseRange as it was, with `split`: the reference. */
function patternRange(range: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = range.split(":");
  const s = patternA1(a!);
  const e = b ? patternA1(b) : s;
  return { row: Math.min(s.row, e.row), col: Math.min(s.col, e.col), rows: Math.abs(e.row - s.row) + 1, cols: Math.abs(e.col - s.col) + 1 };
}

/** The result, or the error's message. */
const outcome = <T>(f: () => T): T | string => {
  try {
    return f();
  } catch (e) {
    return (e as Error).message;
  }
};

/** Texts near addresses: letters of both cases, digits, `$`, `:`, spaces, another character. */
const nearAddress = fc
  .array(fc.constantFrom("A", "b", "Z", "x", "Q", "0", "1", "7", "9", "$", ":", " ", "\u00a0", "-", "Å"), { maxLength: 14 })
  .map((cs) => cs.join(""));

describe("parseA1 and parseRange", () => {
  it("read every range a1Range writes as the pattern does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_048_575 }),
        fc.integer({ min: 0, max: 16_383 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (row, col, rows, cols, lower) => {
          const text = a1Range(row, col, rows, cols);
          const range = lower ? text.toLowerCase() : text;
          expect(parseRange(range)).toEqual(patternRange(range));
          expect(parseRange(range)).toEqual({ row, col, rows, cols });
        },
      ),
    );
  });

  it("give what the pattern gives for any text near an address, or throw the same error", () => {
    fc.assert(
      fc.property(nearAddress, (text) => {
        expect(outcome(() => parseA1(text))).toEqual(outcome(() => patternA1(text)));
        expect(outcome(() => parseRange(text))).toEqual(outcome(() => patternRange(text)));
      }),
      { numRuns: 5000 },
    );
  });

  it("take the forms the pattern takes and refuse the others", () => {
    for (const text of ["A1", "b7", "$C$3", " D4 ", "XFD1048576", "AAA1", "A0", "A01", "B2:D5", "D5:B2", "B2:", "B2:C3:E9"]) {
      expect(outcome(() => parseRange(text))).toEqual(outcome(() => patternRange(text)));
    }
    for (const text of ["", "A", "1", "AAAA1", "A12345678", "A1B", "Å1", "A-1"]) expect(() => parseA1(text)).toThrow(text);
  });
});
