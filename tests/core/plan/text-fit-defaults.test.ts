/**
 * Review of issue 16's shared default options of text-fit (9144ef3: one frozen object instead of a `{}` a call): a
 * call without options measures as a call with `{}` (Calibri 11, not bold) whatever calls with other options came
 * before or after it, and an options object a caller passes and changes afterwards does not change the default.
 */
import fc from "fast-check";
import { linesFor } from "../../../src/core/plan/plan-builder";
import { textWidthPx, widthForLongestWord, widthForOneLine, wrappedLines } from "../../../src/core/plan/text-fit";

const words = fc.array(fc.constantFrom("Trygghetsvandring", "i", "Skäggetorp", "WWWW", "lll", "😀", "Åtgärd-ID", " ", "\n", "41,5 %"), { minLength: 1, maxLength: 12 });

describe("text-fit without options (review of issue 16)", () => {
  it("measures as with {} between calls with bold and other sizes, and a caller's changed options leave it alone", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 90 }), fc.boolean(), fc.integer({ min: 8, max: 20 }), (parts, width, bold, size) => {
        const text = parts.join(" ");
        const plain = [textWidthPx(text, {}), wrappedLines(text, width, {}), widthForOneLine(text, {}), widthForLongestWord(text, {}), linesFor(text, width, {})];
        const mine = { bold, size };
        const styled = [textWidthPx(text, mine), wrappedLines(text, width, mine), widthForOneLine(text, mine)];
        // The caller changes its options after the calls: no default may have become its object.
        mine.bold = !bold;
        mine.size = size + 7;
        expect([textWidthPx(text), wrappedLines(text, width), widthForOneLine(text), widthForLongestWord(text), linesFor(text, width)]).toEqual(plain);
        expect([textWidthPx(text, { bold, size }), wrappedLines(text, width, { bold, size }), widthForOneLine(text, { bold, size })]).toEqual(styled);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it("gives bold and larger text more room than the default, so the default is not a bold or large font", () => {
    const text = "Trygghetsvandring i Skäggetorp med föreningar och polisen";
    expect(textWidthPx(text, { bold: true })).toBeGreaterThan(textWidthPx(text));
    expect(textWidthPx(text, { size: 14 })).toBeGreaterThan(textWidthPx(text));
    expect(textWidthPx(text, { size: 11 })).toBe(textWidthPx(text));
  });
});
