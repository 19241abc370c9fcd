import { publishPageHtml } from "../../../src/core/publish/page-html";
import type { PublishModel } from "../../../src/core/publish/publish-model";
import { SECRET_COMMENT, SECRET_TITLE, smallRegister } from "../report/report-fixture";
import { activity, indicator, measure, partner, register, value } from "../trends/factories";
import { demoPublication, publishFinal, publishTertial } from "./publish-fixture";

const figure = (m: PublishModel, label: string) => m.keyFigures.find((k) => k.label === label)?.text;

describe("the publish model of the demo", () => {
  const { model } = demoPublication();

  it("has the page's h1 and says who made the pledge, from the partners' types", () => {
    expect(model.title).toBe("Medborgarlöftet för Skäggetorp: så gick det september–december 2025");
    expect(model.intro).toBe(
      "Kommunen, polisen och 17 andra parter har lovat att arbeta tillsammans för ökad trygghet och trivsel i Skäggetorp. Här är vad som gjordes under september–december 2025 och hur det gick.",
    );
    expect(model.period).toBe("T3 2025 (september–december 2025)");
  });

  it("summarises with the kortversion's balanced sentences", () => {
    expect(model.summary[0]).toBe(
      "Under september–december 2025 genomfördes 42 aktiviteter inom medborgarlöftet för Skäggetorp, och de rapporterade aktiviteterna (också de som inte genomfördes) hade sammanlagt 627 deltagare; av de 528 vars kön angavs var 64 % kvinnor och flickor.",
    );
    expect(model.summary.join(" ")).toContain("Mest åt fel håll gick Bränder i fordon och utomhus");
    expect(model.summary.join(" ")).toContain("1 blev inte bättre än utgångsvärdet");
  });

  it("gives each indicator its status in words and a symbol, with value, target and baseline", () => {
    const byName = (n: string) => model.indicators.find((i) => i.name === n)!;
    expect(byName("Skadegörelseärenden hos bostadsbolagen")).toMatchObject({ symbol: "✓", statusWord: "Uppnått", value: "55" });
    expect(byName("Anmälda brott i Skäggetorp")).toMatchObject({
      symbol: "↗",
      statusWord: "Förbättrat, ej nått målet",
      value: "172",
      against: "mål 170 · utgångsvärde 212 (T1 2024)",
      comparison: "Jämfört med T2 2025 (165): inom normal variation.",
    });
    expect(byName("Bränder i fordon och utomhus")).toMatchObject({ symbol: "✗", statusWord: "Ej uppnått", value: "17" });
    // A value left out by an error is said on its row.
    expect(byName("Förtroende för polisen").leftOut).toBe("2025: utelämnat, fel på fliken Polisen");
  });

  it("shows a measure's small counts as 'färre än 5', and hides a row that would give one away", () => {
    const texts = model.measures.flatMap((m) => [m.completed.text, m.participants.text]);
    expect(texts).toContain("färre än 5");
    expect(texts).toContain("visas inte");
    for (const m of model.measures) {
      for (const c of [m.completed, m.participants]) if (c.shown.kind === "value") expect(c.shown.value).toBeGreaterThanOrEqual(5);
    }
    expect(model.notes.join(" ")).toContain('"Visas inte" står där en siffra annars skulle avslöja');
  });

  it("lists the partners by type, the day it was made and the data fingerprint", () => {
    expect(model.partners.map((g) => g.type)).toEqual([
      "Kommun",
      "Polis",
      "Fastighetsägare",
      "Trossamfund",
      "Idrott och fritid",
      "Civilsamhälle",
      "Studieförbund",
      "Näringsliv",
      "Annan",
    ]);
    expect(model.partners.flatMap((g) => g.names)).toHaveLength(20);
    expect(model.created).toBe("2026-01-08");
    expect(model.fingerprint).toMatch(/^[0-9a-f]{6}$/);
  });

  it("the final publication covers the whole pledge against the baseline", () => {
    const final = demoPublication("final").model;
    expect(final.title).toBe("Medborgarlöftet för Skäggetorp: så gick det augusti 2024–december 2025");
    expect(final.period).toBe("hela löftet (augusti 2024–december 2025)");
    expect(figure(final, "Deltagare")).toBe("5 940");
    expect(final.indicators.find((i) => i.name === "Anmälda brott i Skäggetorp")!.comparison).toBe("Jämfört med utgångsvärdet: bättre.");
    expect(final.charts.length).toBeGreaterThan(0);
  });
});

describe("what is published from a register", () => {
  it("carries no free text of partners, and names go through the personal-data masking", () => {
    const reg = smallRegister();
    reg.indicators[0]!.name = "Anmälda brott, ring 070-123 45 67";
    reg.partners[0]!.name = "Kommunen <script>alert(1)</script>";
    const page = publishPageHtml(publishTertial(reg));
    expect(page).not.toContain(SECRET_COMMENT);
    expect(page).not.toContain(SECRET_TITLE);
    expect(page).not.toContain("070-123 45 67");
    expect(page).toContain("Anmälda brott, ring [personuppgift]");
    expect(page).not.toContain("<script");
    expect(page).toContain("Kommunen &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("a small women/men split hides its other half, and the share is not given", () => {
    const reg = register({
      partners: [partner("KOM")],
      measures: [measure("Å1", "KOM")],
      activities: [activity("KOM", "Å1", "2025-05-14", { participants: 43, women: 3, men: 40 })],
    });
    const model = publishTertial(reg);
    expect(figure(model, "Deltagare vars kön angavs")).toBe("43");
    expect(figure(model, "Kvinnor och flickor")).toBe("färre än 5");
    expect(figure(model, "Män och pojkar")).toBe("visas inte");
    expect(model.keyFigures.some((k) => k.label.startsWith("Andel kvinnor"))).toBe(false);
    expect(model.womenParticipation).toBeNull();
    expect(model.summary[0]).not.toContain("kvinnor");
    expect(publishPageHtml(model)).not.toMatch(/>\s*(3|40)\s*</);
  });

  it("a gender-split count indicator's small half hides the other, as the value is their sum", () => {
    const reg = register({
      partners: [partner("POL")],
      indicators: [indicator("I6", { name: "Deltagare i fritid", genderSplit: true, sources: ["POL"] })],
      values: [value("I6", "T2 2025", 44, { women: 2, men: 42, partnerId: "POL" })],
    });
    const row = publishTertial(reg).women[0]!;
    expect(row).toMatchObject({ women: "färre än 5", men: "visas inte", difference: null });
  });

  it("a count indicator below the threshold reads 'färre än N' in its row, its chart and the kortversion", () => {
    const reg = register({
      partners: [partner("POL")],
      indicators: [indicator("I5", { name: "Bränder", direction: "Lägre är bättre", baseline: 10, target: 3, sources: ["POL"] })],
      values: [value("I5", "T1 2025", 6, { partnerId: "POL" }), value("I5", "T2 2025", 2, { partnerId: "POL" })],
    });
    const model = publishTertial(reg);
    expect(model.indicators[0]!.value).toBe("färre än 5");
    const chart = model.charts[0]!;
    expect(chart.points.find((p) => p.period === "T2 2025")).toMatchObject({ plot: null, text: "färre än 5" });
    expect(chart.description).toContain("T2 2025 färre än 5");
    expect(model.summary.join(" ")).not.toMatch(/till 2\b/);
    // The target is no count: it reads as set.
    expect(model.indicators[0]!.against).toBe("mål 3 · utgångsvärde 10");
  });

  it("a register with a higher Minsta antal att visa uses it everywhere", () => {
    const reg = smallRegister();
    reg.pledge = { ...reg.pledge!, minCount: 2000 };
    const model = publishTertial(reg);
    expect(figure(model, "Deltagare")).toBe("färre än 2 000");
    expect(model.notes[0]).toContain('visas som "färre än 2 000"');
    expect(publishFinal(reg).minCount).toBe(2000);
  });
});
