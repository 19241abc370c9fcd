/**
 * Properties of the kortversion that a reader relies on: its counts add up to
 * the indicators it speaks of, it names the indicator that moved most the
 * wrong way whenever one did, and every share equals its numerator over the
 * base the sentence names.
 */
import fc from "fast-check";
import {
  comparisonKind,
  kortversionSentences,
  worstMover,
  type Comparison,
  type KortversionInput,
} from "../../../../src/core/report/model/kortversion";
import type { TargetStatus } from "../../../../src/core/trends/trend-types";

const NAMES = [
  "Anmälda brott",
  "Bränder",
  "Otrygghet",
  "Skadegörelse",
  "Nattvandrare",
  "Förtroende",
  "Fritid",
  "Arbete",
  "Brister",
  "Klotter",
];
const STATUSES: TargetStatus[] = ["met", "on-track", "at-risk", "off-track", "improved", "not-met", "no-data", "no-target"];

/** "1 230" → 1230: Swedish thousands are separated by (no-break) spaces. */
const num = (text: string) => Number(text.replace(/[\s\u00a0\u202f]/g, ""));
const N = "(\\d[\\d\\u00a0\\u202f ]*\\d|\\d)";

const comparisonArb = (name: string): fc.Arbitrary<Comparison> =>
  fc.record({
    name: fc.constant(name),
    unit: fc.constantFrom("Antal" as const, "Procent" as const, "Index" as const),
    decimals: fc.constant(0),
    from: fc.integer({ min: 0, max: 500 }),
    to: fc.integer({ min: 0, max: 500 }),
    between: fc.constant(""),
    direction: fc.constantFrom("improving" as const, "worsening" as const, "stable" as const),
    noise: fc.constantFrom(true, false, null),
  });

const comparisonsArb = fc
  .shuffledSubarray(NAMES, { minLength: 0, maxLength: NAMES.length })
  .chain((names) => fc.tuple(...names.map(comparisonArb)).map((cs) => cs as Comparison[]));

const inputArb: fc.Arbitrary<KortversionInput> = fc
  .record({
    comparisons: comparisonsArb,
    statuses: fc.array(fc.constantFrom(...STATUSES), { maxLength: 12 }),
    final: fc.boolean(),
    women: fc.integer({ min: 0, max: 3000 }),
    men: fc.integer({ min: 0, max: 3000 }),
    unknownSex: fc.integer({ min: 0, max: 500 }),
    minCount: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  })
  .map(({ comparisons, statuses, final, women, men, unknownSex, minCount }) => ({
    span: "maj–augusti 2025",
    area: "Skäggetorp",
    figures: {
      activities: 30,
      completed: 25,
      occasions: 40,
      participants: women + men + unknownSex,
      women,
      men,
      womenShare: women + men > 0 ? women / (women + men) : null,
    },
    indicatorsTotal: Math.max(comparisons.length, statuses.length, 1),
    comparisons,
    comparedWith: "föregående mätning",
    statuses,
    final,
    partnersReported: 5,
    partnersTotal: 9,
    minCount,
  }));

describe("the kortversion, for any figures", () => {
  it("counts every compared indicator once: right way, wrong way, unchanged and within normal variation add up", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const sentence = kortversionSentences(input)[1]!;
        if (input.comparisons.length === 0) return;
        const head = new RegExp(`^${N} av ${N} indikatorer går åt rätt håll`).exec(sentence);
        expect(head).not.toBeNull();
        const parts = [...sentence.matchAll(new RegExp(`${N} (?:går åt fel håll|är oförändrade?|ligger inom normal variation)`, "g"))];
        const total = num(head![1]!) + parts.reduce((s, m) => s + num(m[1]!), 0);
        expect(num(head![2]!)).toBe(input.comparisons.length);
        expect(total).toBe(input.comparisons.length);
        const kinds = input.comparisons.map(comparisonKind);
        expect(num(head![1]!)).toBe(kinds.filter((k) => k === "better").length);
        if (kinds.includes("noise")) expect(sentence).toContain("inom normal variation");
        // The indicators without a comparison are counted too: together every indicator once.
        const rest = new RegExp(`; ${N} saknar ett värde att jämföra med\\.$`).exec(sentence);
        expect(num(head![2]!) + (rest ? num(rest[1]!) : 0)).toBe(input.indicatorsTotal);
      }),
    );
  });

  it("counts every indicator with target and baseline once in the target sentence", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const withTarget = input.statuses.filter((s) => s !== "no-target").length;
        const sentence = kortversionSentences(input).find((s) => s.includes("indikatorer med mål och utgångsvärde"));
        if (withTarget === 0) return expect(sentence).toBeUndefined();
        const m = new RegExp(`^Av ${N} indikatorer med mål och utgångsvärde (?:nådde|har) (ingen|${N}) (?:nått )?målet(.*)\\.$`).exec(
          sentence!,
        );
        expect(m).not.toBeNull();
        expect(num(m![1]!)).toBe(withTarget);
        const met = m![2] === "ingen" ? 0 : num(m![2]!);
        const rest = [...m![4]!.matchAll(new RegExp(`${N} (?:följer|ligger|är|förbättrades|blev|saknar)`, "g"))];
        expect(met + rest.reduce((s, r) => s + num(r[1]!), 0)).toBe(withTarget);
        // Bad news is counted, not left out.
        const behind = input.statuses.filter((s) => s === "at-risk" || s === "off-track" || s === "not-met").length;
        if (behind > 0) expect(sentence).toMatch(/ligger efter planen|är sämre än utgångsvärdet|blev inte bättre/);
      }),
    );
  });

  it("names the indicator that moved most the wrong way whenever one did", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const text = kortversionSentences(input).join(" ");
        const worst = worstMover(input.comparisons);
        if (!input.comparisons.some((c) => c.direction === "worsening")) return expect(text).not.toContain("Mest åt fel håll");
        expect(worst).toBeDefined();
        expect(text).toContain(`Mest åt fel håll gick ${worst!.name}, som`);
        const size = (c: Comparison) => Math.abs(c.to - c.from) / (c.from === 0 ? 1 : Math.abs(c.from));
        for (const c of input.comparisons) if (c.direction === "worsening") expect(size(c)).toBeLessThanOrEqual(size(worst!));
      }),
    );
  });

  it("gives every share as its numerator over the base it names", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const sentence = kortversionSentences(input)[0]!;
        const shares = [...sentence.matchAll(new RegExp(`av de ${N} vars kön angavs var ${N} % kvinnor och flickor`, "g"))];
        const f = input.figures;
        expect(sentence).not.toMatch(/varav \d+ %/);
        for (const m of shares) {
          expect(num(m[1]!)).toBe(f.women + f.men);
          expect(num(m[2]!)).toBe(Math.round((100 * f.women) / (f.women + f.men)));
        }
        // Published, a share is only given when neither women nor men is a small count.
        if (input.minCount !== undefined && (f.women < input.minCount || f.men < input.minCount)) expect(shares).toHaveLength(0);
        if (input.minCount === undefined && f.women + f.men > 0) expect(shares).toHaveLength(1);
      }),
    );
  });
});
