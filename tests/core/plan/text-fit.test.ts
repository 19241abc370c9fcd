import { textWidthPx, widthForLongestWord, widthForOneLine, wrappedLines } from "../../../src/core/plan/text-fit";

describe("fitting text into Calibri 11 cells", () => {
  it("measures narrow letters narrower than wide ones, and bold a little wider", () => {
    expect(textWidthPx("iiii")).toBeLessThan(textWidthPx("mmmm") / 2);
    expect(textWidthPx("Förändring", { bold: true })).toBeGreaterThan(textWidthPx("Förändring"));
    expect(textWidthPx("abc", { size: 9 })).toBeLessThan(textWidthPx("abc"));
  });

  it("keeps a short text on one line and wraps a long one at spaces", () => {
    expect(wrappedLines("inom normal variation", 20)).toBe(1);
    expect(wrappedLines("inom normal variation", 12)).toBe(2);
    expect(wrappedLines("Polisen, lokalpolisområde Linköping", 19)).toBe(3);
  });

  it("breaks a word longer than the column, as Excel does", () => {
    expect(wrappedLines("Sammanvägning", 8, { bold: true })).toBe(2);
  });

  it("counts each line of a text with line breaks", () => {
    expect(wrappedLines("a\nb\nc", 10)).toBe(3);
  });

  it("gives the width a text or its longest word needs, which then fits", () => {
    const text = "Personer som gått till arbete eller studier via Jobcom";
    expect(wrappedLines(text, widthForOneLine(text))).toBe(1);
    expect(wrappedLines(text, widthForOneLine(text) - 2)).toBe(2);
    expect(widthForLongestWord("Varav kvinnor/flickor", { bold: true })).toBe(widthForOneLine("kvinnor/flickor", { bold: true }));
  });
});
