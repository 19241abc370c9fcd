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

  it("gives a text measured before the same lines, per width and font (the memo of measured texts)", () => {
    const text = "Aktiviteten den 2025-03-14 står fortfarande som Planerad, men dagen har passerat. Ändra Status till Genomförd.";
    const first = [90, 40, 20].map((w) => wrappedLines(text, w));
    expect(first[0]).toBeLessThan(first[1]!);
    expect(first[1]).toBeLessThan(first[2]!);
    // The same text again, and an equal text made anew, at each width: the same counts.
    expect([90, 40, 20].map((w) => wrappedLines(text, w))).toEqual(first);
    expect([90, 40, 20].map((w) => wrappedLines([...text].join(""), w))).toEqual(first);
    // Bold and a larger size are wider: not the default font's memo.
    expect(wrappedLines("Sammanvägning", 14.5)).toBe(1);
    expect(wrappedLines("Sammanvägning", 14.5, { bold: true })).toBe(2);
    expect(wrappedLines("Sammanvägning", 14.5, { size: 14 })).toBe(2);
    expect(wrappedLines("Sammanvägning", 14.5)).toBe(1);
    // More distinct texts than the memo keeps: it is emptied and every count stays right.
    for (let n = 0; n < 25_000; n++) wrappedLines(`rad ${n}`, 90);
    expect([90, 40, 20].map((w) => wrappedLines(text, w))).toEqual(first);
  });
});
