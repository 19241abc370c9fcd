/**
 * The social-media images' headline, text alternative and layout (src/core/publish/social*.ts):
 * the demo's figures balanced, counts through the small-number rule, every line inside its box
 * at ≥ 40 px, measured with the font's own widths.
 */
import fc from "fast-check";
import { checkRegister } from "../../../src/core/check-register";
import { serialFromYMD } from "../../../src/core/date";
import { socialAltText, socialHeadline, type SocialHeadline, type SocialReportModel } from "../../../src/core/publish/social";
import { MIN_TEXT_PX, SOCIAL_FORMATS, lineWidth, socialLayout, socialSvg, type SocialFormat } from "../../../src/core/publish/social-svg";
import { keepNumbersWhole, textWidth, wrapText } from "../../../src/core/publish/social-text";
import { finalReportModel } from "../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import { demoRegister } from "../../../src/demo/demo-register";
import { context, smallRegister, T2_2025 } from "../report/report-fixture";

const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
const MADE = new Date(2026, 0, 8, 10, 0);

function demoModels() {
  const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: T3_2025 });
  const ctx = { register: check.register, findings: check.findings, createdAt: MADE };
  return { t3: tertialReportModel(ctx, T3_2025), t2: tertialReportModel(ctx, T2_2025), final: finalReportModel(ctx) };
}
const demo = demoModels();
const ADDRESS = "kommunen.example/medborgarlofte";
const FORMATS: SocialFormat[] = ["square", "wide"];

/** Every number in a text, "1 230" read whole, with what stands before it. */
function numbersIn(text: string): { value: number; before: string }[] {
  return [...text.matchAll(/(\d+(?:[ \u00a0]\d{3})*)/g)].map((m) => ({
    value: Number(m[1]!.replace(/[ \u00a0]/g, "")),
    before: text.slice(Math.max(0, m.index - 9), m.index),
  }));
}

/** The model with other activity figures: what the small-number rule sees. */
function withFigures(model: SocialReportModel, completed: number, participants: number): SocialReportModel {
  const figures = { ...model.keyFigures.figures, completed, activities: completed, participants };
  return { ...model, keyFigures: { ...model.keyFigures, figures } } as SocialReportModel;
}

function problems(h: SocialHeadline, format: SocialFormat): string[] {
  const layout = socialLayout(h, format);
  const { width, height } = SOCIAL_FORMATS[format];
  const out: string[] = [];
  for (const l of layout.lines) {
    const w = lineWidth(l);
    if (l.size < MIN_TEXT_PX) out.push(`${l.text}: ${l.size} px`);
    if (w > l.maxWidth + 0.01) out.push(`${l.text}: ${w.toFixed(1)} px wide in a ${l.maxWidth} px box`);
    if (l.x < 40 || l.x + w > width - 40) out.push(`${l.text}: outside the margins`);
    if (l.top < 20 || l.top + l.size * 1.2 > height - 20) out.push(`${l.text}: above or below the image`);
  }
  // No two lines overlap: boxes of lines that share columns do not share rows.
  const boxes = layout.lines.map((l) => ({ l, x0: l.x, x1: l.x + lineWidth(l), y0: l.top, y1: l.top + l.size * 1.05 }));
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`"${a.l.text}" overlaps "${b.l.text}"`);
    }),
  );
  for (const s of layout.symbols) {
    for (const b of boxes)
      if (s.cx + s.size / 2 > b.x0 && s.cx - s.size / 2 < b.x1 && s.cy + s.size / 2 > b.y0 && s.cy - s.size / 2 < b.y1)
        out.push(`a symbol covers "${b.l.text}"`);
  }
  return out;
}

describe("the social-media headline", () => {
  it("balances the demo's T3 2025: what was done, the targets met and those not met", () => {
    const h = socialHeadline(demo.t3, { minCount: 5, address: ADDRESS });
    expect(h.title).toBe("Medborgarlöftet för Skäggetorp: så gick det september–december 2025");
    expect(h.figures.map((f) => [f.tone, f.value, f.label])).toEqual([
      ["count", "42", "genomförda aktiviteter"],
      ["good", "2 av 9", "indikatorer nådde målet"],
      ["not-met", "7 av 9", "nådde inte målet, 6 av dem förbättrades"],
    ]);
  });

  it("while the pledge runs counts those on plan and those behind it (T2 2025)", () => {
    const h = socialHeadline(demo.t2, { minCount: 5 });
    expect(h.figures.map((f) => [f.tone, f.value, f.label])).toEqual([
      ["count", "59", "genomförda aktiviteter"],
      ["good", "5 av 9", "indikatorer har nått målet eller följer planen"],
      ["behind", "4 av 9", "ligger efter planen eller är sämre än utgångsvärdet"],
    ]);
  });

  it("writes the demo's text alternative (bildtext.txt) as full sentences", () => {
    expect(socialAltText(socialHeadline(demo.t3, { minCount: 5, address: ADDRESS }))).toBe(
      [
        "Medborgarlöftet för Skäggetorp: så gick det september–december 2025.",
        "Under september–december 2025 genomfördes 42 aktiviteter, och de rapporterade aktiviteterna (också de som inte genomfördes) hade sammanlagt 627 deltagare.",
        "Av 9 indikatorer med mål och utgångsvärde nådde 2 målet.",
        "7 nådde inte målet: 6 förbättrades utan att nå det och 1 blev inte bättre än utgångsvärdet.",
        "Tertialrapport T3 2025, skapad 2026-01-08 ur data f87305.",
        `Läs mer: ${ADDRESS}`,
        "",
      ].join("\n"),
    );
    expect(socialAltText(socialHeadline(demo.t2, { minCount: 5 }))).toBe(
      [
        "Medborgarlöftet för Skäggetorp: så gick det maj–augusti 2025.",
        "Under maj–augusti 2025 genomfördes 59 aktiviteter, och de rapporterade aktiviteterna (också de som inte genomfördes) hade sammanlagt 2 299 deltagare.",
        "Av 9 indikatorer med mål och utgångsvärde har 1 nått målet och 4 följer planen.",
        "3 ligger efter planen och 1 är sämre än utgångsvärdet.",
        "Tertialrapport T2 2025, skapad 2026-01-08 ur data 7e149a.",
        "",
      ].join("\n"),
    );
  });

  it("tells the whole pledge in the Slutrapport's", () => {
    const text = socialAltText(socialHeadline(demo.final, { minCount: 5 }));
    expect(text).toContain("så gick det augusti 2024–december 2025.");
    expect(text).toContain(
      "genomfördes 251 aktiviteter, och de rapporterade aktiviteterna (också de som inte genomfördes) hade sammanlagt 5 940 deltagare.",
    );
    expect(text).toContain("Slutrapport T2 2024–T3 2025, skapad 2026-01-08 ur data 3b7679.");
  });

  it("shows small counts as 'färre än N', in the images' text and the text alternative", () => {
    const h = socialHeadline(withFigures(demo.t3, 3, 4), { minCount: 5 });
    expect(h.figures[0]).toMatchObject({ value: "färre än 5", label: "aktiviteter med färre än 5 deltagare" });
    expect(socialAltText(h)).toContain("genomfördes färre än 5 aktiviteter med sammanlagt färre än 5 deltagare.");
    const svg = socialSvg(h, "square");
    expect(svg).toContain(">färre än 5<");
    expect(svg).not.toMatch(/>\s*[34]\s*</);
  });

  it("publishes no count of activities or participants below Minsta antal att visa (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(30), fc.nat(40), (minCount, completed, participants) => {
        const h = socialHeadline(withFigures(demo.t3, completed, participants), { minCount });
        const first = h.figures[0];
        // What the images and the text alternative say of activities, less the months they were in.
        const svgText = FORMATS.map((f) => [...socialSvg(h, f).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).join(" ")).join(
          " ",
        );
        const texts = [first.value, first.label, first.sentence.replace(h.monthSpan, ""), svgText.replace(/\u00a0/g, " ")];
        expect(svgText).toContain(first.value);
        for (const text of texts.slice(0, 3))
          for (const { value, before } of numbersIn(text)) if (value < minCount) expect(before).toMatch(/färre än $/);
        if (completed < minCount) expect(first.value).toBe(`färre än ${minCount}`);
        else expect(first.value).toBe(String(completed));
        if (participants >= minCount) expect(first.label).toContain(` ${participants} deltagare`);
      }),
    );
  });

  it("falls back to partners and indicators going the wrong way when no indicator has a target", () => {
    const ctx = context(smallRegister());
    const model = tertialReportModel(ctx, T2_2025);
    const noTargets = {
      ...model,
      kortversionInput: { ...model.kortversionInput, statuses: model.kortversionInput.statuses.map(() => "no-target" as const) },
    };
    const h = socialHeadline(noTargets, { minCount: 5 });
    expect(h.figures[1]).toMatchObject({ tone: "count", value: "3 av 3", label: "parter har rapporterat" });
    expect(h.figures[2].tone).toBe("behind");
    expect(h.figures[2].label).toMatch(/indikatorer/);
  });

  it("keeps personal data in the register's names off the images", () => {
    const reg = smallRegister();
    const named = { ...reg, pledge: { ...reg.pledge!, area: "Skäggetorp, ring 070-123 45 67" } };
    const h = socialHeadline(tertialReportModel(context(named), T2_2025), { minCount: 5 });
    expect(h.title).not.toContain("070-123 45 67");
    for (const f of FORMATS) expect(socialSvg(h, f)).not.toContain("070-123");
  });
});

describe("the images' layout", () => {
  const demoHeadlines = [
    socialHeadline(demo.t3, { minCount: 5, address: ADDRESS }),
    socialHeadline(demo.t2, { minCount: 5 }),
    socialHeadline(demo.final, { minCount: 5, address: ADDRESS }),
    socialHeadline(withFigures(demo.t3, 2, 3), { minCount: 5, address: ADDRESS }),
  ];

  it.each(FORMATS)("%s: every line of the demo's images fits its box at 40 px or more, nothing overlaps", (format) => {
    for (const h of demoHeadlines) {
      expect(problems(h, format)).toEqual([]);
      expect(socialLayout(h, format).titleCut).toBe(false);
    }
  });

  it("sets the demo's title on the square at 56 px or more, its figures larger than their words", () => {
    const layout = socialLayout(demoHeadlines[0]!, "square");
    const title = layout.lines.filter((l) => demoHeadlines[0]!.title.includes(l.text.replace(/\u00a0/g, " ")));
    expect(title.length).toBeGreaterThan(0);
    expect(Math.min(...title.map((l) => l.size))).toBeGreaterThanOrEqual(56);
    const value = layout.lines.find((l) => l.text === "42")!;
    const label = layout.lines.find((l) => l.text.startsWith("genomförda"))!;
    expect(value.size).toBeGreaterThan(label.size);
    expect(label.size).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it("keeps long names, long addresses and hostile text inside the images (property)", () => {
    const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö<&>"'–-]{1,24}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 14 }),
        fc.option(fc.stringMatching(/^[a-z0-9./-]{5,90}$/)),
        (words, address) => {
          const reg = smallRegister();
          const named = { ...reg, pledge: { ...reg.pledge!, area: words.join(" ") } };
          const h = socialHeadline(tertialReportModel(context(named), T2_2025), { minCount: 5, address });
          for (const format of FORMATS) {
            expect(problems(h, format)).toEqual([]);
            const svg = socialSvg(h, format);
            // Every text is escaped: the only elements are the image's own.
            expect(
              [...svg.matchAll(/<([a-z]+)/g)]
                .map((m) => m[1])
                .filter((t) => !["svg", "title", "desc", "rect", "circle", "path", "text"].includes(t!)),
            ).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("cuts a title too long for the image with '…', and the text alternative keeps it whole", () => {
    const reg = smallRegister();
    const area = Array.from({ length: 30 }, (_, i) => `Stadsdelsområde${i}`).join(" ");
    const h = socialHeadline(tertialReportModel(context({ ...reg, pledge: { ...reg.pledge!, area } }), T2_2025), { minCount: 5 });
    for (const format of FORMATS) {
      const layout = socialLayout(h, format);
      expect(layout.titleCut).toBe(true);
      expect(layout.lines.some((l) => l.text.endsWith("…"))).toBe(true);
      expect(problems(h, format)).toEqual([]);
    }
    expect(socialAltText(h)).toContain(area);
  });
});

describe("measuring and wrapping", () => {
  it("measures with the font's widths: wider text is wider, bold is wider than regular", () => {
    expect(textWidth("MMMM", 40, "regular")).toBeGreaterThan(textWidth("iiii", 40, "regular"));
    expect(textWidth("Skäggetorp", 40, "bold")).toBeGreaterThan(textWidth("Skäggetorp", 40, "regular"));
    expect(textWidth("Skäggetorp", 80, "regular")).toBeCloseTo(2 * textWidth("Skäggetorp", 40, "regular"), 6);
    // A character the font lacks counts a full em: never narrower than drawn.
    expect(textWidth("字", 40, "regular")).toBe(40);
  });

  it("never breaks a number's digit groups, and every wrapped line fits", () => {
    expect(keepNumbersWhole("med 2 299 deltagare och 1 230 000 till")).toBe("med 2\u00a0299 deltagare och 1\u00a0230\u00a0000 till");
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zåäö0-9]{1,30}$/), { maxLength: 30 }),
        fc.integer({ min: 200, max: 1000 }),
        (words, width) => {
          const { lines } = wrapText(words.join(" "), width, 40, "regular");
          for (const line of lines) expect(textWidth(line, 40, "regular")).toBeLessThanOrEqual(width);
          expect(lines.join("").replace(/\s/g, "")).toBe(words.join(""));
        },
      ),
    );
  });
});
