/**
 * The screen before the personal-data detectors (`cannotHoldPersonalData`): a text without an "@" and with fewer
 * than 8 ASCII digits is settled at once. Tested by the engine's string search and a pattern; it must say what
 * counting the characters one by one says, for any text.
 */
import fc from "fast-check";
import { cannotHoldPersonalData, findPersonalData } from "../../src/core/personal-data/find-personal-data";

/** The screen as a loop over the characters: the reference. */
function byCounting(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return false;
    if (c >= 48 && c <= 57 && ++digits >= 8) return false;
  }
  return true;
}

const pieces = ["0", "7", "9", "12", "@", "a", "Å", " ", "-", "\n", "\u0663", "\uff11", "\ud83d\ude00", "träff ", "070", "+46"];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(""));

describe("the screen before the personal-data detectors", () => {
  it("settles exactly the texts counting their characters settles", () => {
    fc.assert(
      fc.property(texts, (text) => expect(cannotHoldPersonalData(text)).toBe(byCounting(text))),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => expect(cannotHoldPersonalData(text)).toBe(byCounting(text))));
  });

  it("counts ASCII digits anywhere in the text, and only those", () => {
    expect(cannotHoldPersonalData("Nattvandring, träff 12")).toBe(true);
    expect(cannotHoldPersonalData("1 2 3 4 5 6 7")).toBe(true);
    expect(cannotHoldPersonalData("1 2 3 4 5 6 7 8")).toBe(false);
    expect(cannotHoldPersonalData("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668")).toBe(true);
    expect(cannotHoldPersonalData("a@b")).toBe(false);
    // Seven digits and a cell's worth of letters: settled, and the pattern does not try every split.
    expect(cannotHoldPersonalData(`1234567${"x".repeat(32_000)}`)).toBe(true);
    expect(cannotHoldPersonalData(`${"1 ".repeat(7)}${"x".repeat(32_000)}9`)).toBe(false);
  });

  it("lets what holds personal data through to the detectors", () => {
    expect(findPersonalData("Ring Anna på 070-123 45 67").map((h) => h.kind)).toEqual(["telefon"]);
    expect(findPersonalData("anna@example.se").map((h) => h.kind)).toEqual(["e-post"]);
    expect(findPersonalData("Nattvandring, träff 12")).toEqual([]);
  });
});
