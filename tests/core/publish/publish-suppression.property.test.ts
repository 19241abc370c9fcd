/**
 * Properties of what is published, over registers full of small counts: no
 * count below `Minsta antal att visa` is published as a number anywhere in the
 * model (key figures, measures, indicator values, women/men splits, chart
 * points), and no published sum lets a reader subtract a small part out.
 */
import fc from "fast-check";
import type { Shown } from "../../../src/core/publish/small-numbers";
import { publishPageHtml } from "../../../src/core/publish/page-html";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import type { Register } from "../../../src/core/register/types";
import { activity, indicator, measure, partner, register, tertial, value } from "../trends/factories";
import { PUBLISHED_AT, publishTertial } from "./publish-fixture";
import { revealsNothing } from "./reveals";

const DAYS = ["2025-05-06", "2025-06-12", "2025-08-20"];

const activityArb = fc.record({
  measure: fc.integer({ min: 0, max: 3 }),
  day: fc.constantFrom(...DAYS),
  done: fc.boolean(),
  women: fc.integer({ min: 0, max: 9 }),
  men: fc.integer({ min: 0, max: 9 }),
  unknown: fc.integer({ min: 0, max: 4 }),
});

const registerArb = fc
  .record({
    min: fc.integer({ min: 1, max: 8 }),
    measures: fc.integer({ min: 1, max: 4 }),
    activities: fc.array(activityArb, { maxLength: 8 }),
    counts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 3 }),
    women: fc.integer({ min: 0, max: 10 }),
    men: fc.integer({ min: 0, max: 10 }),
  })
  .map(({ min, measures, activities, counts, women, men }): Register => {
    const ids = Array.from({ length: measures }, (_, i) => `Å${i + 1}`);
    const base = register({
      partners: [partner("KOM"), partner("POL")],
      measures: ids.map((id) => measure(id, "KOM")),
      indicators: [
        indicator("I5", { name: "Bränder", direction: "Lägre är bättre", baseline: 6, target: 3, sources: ["POL"] }),
        indicator("I6", { name: "Deltagare i fritid", genderSplit: true, baseline: 4, target: 12, sources: ["POL"] }),
      ],
      values: [
        value("I5", "T3 2024", counts[0]!),
        value("I5", "T1 2025", counts[1]!),
        value("I5", "T2 2025", counts[2]!),
        value("I6", "T2 2025", women + men, { women, men }),
      ],
      activities: activities.map((a) =>
        activity("KOM", ids[a.measure % measures]!, a.day, {
          status: a.done ? "Genomförd" : "Planerad",
          participants: a.women + a.men + a.unknown,
          women: a.women,
          men: a.men,
        }),
      ),
    });
    return { ...base, pledge: { ...base.pledge!, minCount: min } };
  });

/** Every count the model publishes (each `Shown`), wherever it stands. */
function shownCounts(node: unknown, out: Shown[] = []): Shown[] {
  if (Array.isArray(node)) node.forEach((n) => shownCounts(n, out));
  else if (node !== null && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (o.kind === "value" || o.kind === "fewer" || o.kind === "hidden") out.push(o as Shown);
    else Object.values(o).forEach((v) => shownCounts(v, out));
  }
  return out;
}

describe("what is published, over registers of small counts", () => {
  it("never publishes a count below the threshold as a number", () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const min = reg.pledge!.minCount;
        const model = publishTertial(reg);
        for (const s of shownCounts(model)) if (s.kind === "value") expect(s.value).toBeGreaterThanOrEqual(min);
        // The kortversion's counts too: "genomfördes 3 aktiviteter", "med sammanlagt 2 deltagare".
        for (const m of model.summary.join(" ").matchAll(/(\d[\d ]*) (aktiviteter|aktivitet|deltagare|vars kön)/g)) {
          expect(Number(m[1]!.replace(/\s/g, ""))).toBeGreaterThanOrEqual(min);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("no published total lets a reader subtract out a small part", () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const min = reg.pledge!.minCount;
        const report = tertialReportModel({ register: reg, findings: [], createdAt: PUBLISHED_AT }, tertial("T2 2025"));
        const model = publishTertial(reg);
        const f = report.keyFigures.figures;
        // Women and men of those whose sex was given.
        const { withSex, women, men } = model.split;
        if (withSex.kind === "value") expect(revealsNothing(f.women + f.men, [women, men], [f.women, f.men], min)).toBe(true);
        else expect([women.kind, men.kind]).not.toContain("value");
        // Each measure column against the key figure's total.
        const completed = model.keyFigures.find((k) => k.label === "Genomförda aktiviteter")!.count!.shown;
        const participants = model.keyFigures.find((k) => k.label === "Deltagare")!.count!.shown;
        if (completed.kind === "value") {
          const real = report.measures.map((m) => m.figures.completed);
          expect(
            revealsNothing(
              f.completed,
              model.measures.map((m) => m.completed.shown),
              real,
              min,
            ),
          ).toBe(true);
        }
        if (participants.kind === "value") {
          const real = report.measures.map((m) => m.figures.participants);
          expect(
            revealsNothing(
              f.participants,
              model.measures.map((m) => m.participants.shown),
              real,
              min,
            ),
          ).toBe(true);
        }
        // The gender-split count indicator against its value.
        const split = model.women[0]!.counts!;
        const row = report.women[0]!;
        if (split.total?.kind === "value")
          expect(revealsNothing(row.women! + row.men!, [split.women, split.men], [row.women!, row.men!], min)).toBe(true);
        // And the value itself, in the indicator's row, never as a small number.
        const i6 = model.indicators.find((i) => i.id === "I6")!;
        if (row.women! + row.men! < min) expect(i6.value).toBe(`färre än ${min}`);
      }),
      { numRuns: 300 },
    );
  });

  it("the page shows a small count nowhere as a number in a table cell", () => {
    fc.assert(
      fc.property(registerArb, (reg) => {
        const min = reg.pledge!.minCount;
        const page = publishPageHtml(publishTertial(reg));
        for (const m of page.matchAll(/<td class="num">([^<]*)<\/td>/g)) {
          const text = m[1]!;
          if (/^[\d ]+$/.test(text)) expect(Number(text.replace(/\s/g, ""))).toBeGreaterThanOrEqual(min);
        }
      }),
      { numRuns: 100 },
    );
  });
});
