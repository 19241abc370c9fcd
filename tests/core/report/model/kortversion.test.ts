import { NO_FIGURES } from "../../../../src/core/report/model/activity-rows";
import { kortversion, kortversionSentences, type KortversionInput } from "../../../../src/core/report/model/kortversion";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { context, emptyRegister, T2_2025 } from "../report-fixture";
import { checkRegister } from "../../../../src/core/check-register";
import { serialFromYMD } from "../../../../src/core/date";
import { demoRegister } from "../../../../src/demo/demo-register";

function demoContext() {
  const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
  const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: T3_2025 });
  return { register: check.register, findings: check.findings, createdAt: new Date(2026, 0, 8, 9, 15) };
}

const sentencesOf = (text: string) => text.split(/(?<=\.)\s+(?=[A-ZÅÄÖ0-9])/);

const base: KortversionInput = {
  span: "maj–augusti 2025",
  area: "Skäggetorp",
  figures: { activities: 48, completed: 44, occasions: 130, participants: 1230, women: 541, men: 689, womenShare: 0.44 },
  // Every indicator has a comparison here; the ones without are told apart below.
  indicatorsTotal: 4,
  comparisons: [
    { name: "Anmälda brott", unit: "Antal", decimals: 0, from: 188, to: 165, between: "", direction: "improving", noise: false },
    { name: "Bränder", unit: "Antal", decimals: 0, from: 12, to: 25, between: "", direction: "worsening", noise: false },
    {
      name: "Otrygga",
      unit: "Procent",
      decimals: 1,
      from: 41.5,
      to: 38.5,
      between: " mellan 2024 och 2025",
      direction: "improving",
      noise: null,
    },
    { name: "Nattvandrare", unit: "Antal", decimals: 0, from: 46, to: 41, between: "", direction: "worsening", noise: true },
  ],
  comparedWith: "föregående mätning",
  statuses: ["met", "on-track", "at-risk", "no-target"],
  final: false,
  partnersReported: 17,
  partnersTotal: 20,
};

describe("the kortversion", () => {
  it("tells activities, participants and women's share with Swedish numbers, naming the share's base", () => {
    expect(kortversionSentences(base)[0]).toBe(
      "Under maj–augusti 2025 rapporterades 48 aktiviteter inom medborgarlöftet för Skäggetorp (44 av dem genomförda) med sammanlagt 1 230 deltagare; av de 1 230 vars kön angavs var 44 % kvinnor och flickor.",
    );
    // The tertial: 338 women and 190 men of 627 participants are 64 % of the 528 whose sex was given, not of 627.
    const some = { ...base, figures: { ...base.figures, participants: 627, women: 338, men: 190, womenShare: 338 / 528 } };
    expect(kortversionSentences(some)[0]).toContain(
      "med sammanlagt 627 deltagare; av de 528 vars kön angavs var 64 % kvinnor och flickor.",
    );
  });

  it("says the participants of every activity reported, not of those carried out alone", () => {
    // A world register: 3 activities Genomförd with 65 participants, 1 Inställd with 40, 1 Planerad with 25.
    const mixed = {
      ...base,
      figures: { activities: 5, completed: 3, occasions: 8, participants: 130, women: 0, men: 0, womenShare: null },
    };
    const first = kortversionSentences(mixed)[0]!;
    expect(first).toBe(
      "Under maj–augusti 2025 rapporterades 5 aktiviteter inom medborgarlöftet för Skäggetorp (3 av dem genomförda) med sammanlagt 130 deltagare.",
    );
    expect(first).not.toMatch(/genomfördes 3 aktiviteter.*130 deltagare/);
    // Published, the count of all activities is not shown (the page never had it): the participants are still not pinned on the 3.
    const published = kortversionSentences({ ...mixed, minCount: 1 })[0]!;
    expect(published).toBe(
      "Under maj–augusti 2025 genomfördes 3 aktiviteter inom medborgarlöftet för Skäggetorp, och de rapporterade aktiviteterna (också de som inte genomfördes) hade sammanlagt 130 deltagare.",
    );
    // Every activity carried out: the sentence as it always was.
    const allDone = { ...mixed, figures: { ...mixed.figures, activities: 3, completed: 3, participants: 65 } };
    expect(kortversionSentences(allDone)[0]).toBe(
      "Under maj–augusti 2025 genomfördes 3 aktiviteter inom medborgarlöftet för Skäggetorp med sammanlagt 65 deltagare.",
    );
    expect(kortversionSentences({ ...allDone, figures: { ...allDone.figures, activities: 1, completed: 1 } })[0]).toContain(
      "genomfördes 1 aktivitet ",
    );
    expect(kortversionSentences({ ...mixed, figures: { ...mixed.figures, completed: 1 } })[0]).toContain("(1 av dem genomförd)");
  });

  it("counts indicators going the right way, the wrong way and within normal variation, and names the clearest changes", () => {
    const s = kortversionSentences(base);
    expect(s[1]).toBe(
      "2 av 4 indikatorer går åt rätt håll jämfört med föregående mätning, 1 går åt fel håll och 1 ligger inom normal variation.",
    );
    expect(s[2]).toBe("Mest åt rätt håll gick Anmälda brott, som minskade från 188 till 165.");
    expect(s[3]).toBe("Mest åt fel håll gick Bränder, som ökade från 12 till 25.");
    expect(s[4]).toBe("Av 3 indikatorer med mål och utgångsvärde har 1 nått målet, 1 följer planen och 1 ligger efter planen.");
    expect(s[5]).toBe("17 av 20 parter har rapporterat för perioden.");
  });

  it("has four to six sentences however much there is to say", () => {
    const inputs: KortversionInput[] = [
      base,
      { ...base, comparisons: [], statuses: [] },
      { ...base, figures: NO_FIGURES, indicatorsTotal: 0, comparisons: [], statuses: [], partnersReported: 0, partnersTotal: 0 },
    ];
    for (const input of inputs) {
      const n = kortversionSentences(input).length;
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(6);
      expect(sentencesOf(kortversion(input))).toHaveLength(n);
    }
  });

  it("says plainly when nothing was done and nothing can be compared", () => {
    const text = kortversion({ ...base, figures: NO_FIGURES, comparisons: [], partnersReported: 0 });
    expect(text).toContain("Under maj–augusti 2025 rapporterades inga genomförda aktiviteter inom medborgarlöftet för Skäggetorp.");
    expect(text).toContain("Ingen av indikatorerna har ännu två värden att jämföra med föregående mätning.");
    expect(text).toContain("0 av 20 parter har rapporterat");
    expect(text).not.toMatch(/NaN|undefined|null|0 av 0/);
  });

  it("leaves out the women's share when nobody counted women and men", () => {
    expect(kortversionSentences({ ...base, figures: { ...base.figures, womenShare: null } })[0]).toBe(
      "Under maj–augusti 2025 rapporterades 48 aktiviteter inom medborgarlöftet för Skäggetorp (44 av dem genomförda) med sammanlagt 1 230 deltagare.",
    );
  });

  it("calls a count within normal variation that, never unchanged, and names it when it moved the wrong way", () => {
    // The final report's vehicle fires: 10 → 17 is +70 %, yet within normal variation for so small a count.
    const fires = {
      name: "Bränder i fordon och utomhus",
      unit: "Antal",
      decimals: 0,
      from: 10,
      to: 17,
      between: "",
      direction: "worsening",
      noise: true,
    } as const;
    const s = kortversionSentences({ ...base, indicatorsTotal: 1, comparisons: [fires], comparedWith: "utgångsvärdet" });
    expect(s[1]).toBe("0 av 1 indikatorer går åt rätt håll jämfört med utgångsvärdet och 1 ligger inom normal variation.");
    expect(s[2]).toBe("Mest åt fel håll gick Bränder i fordon och utomhus, som ökade från 10 till 17, en ändring inom normal variation.");
    expect(s.join(" ")).not.toMatch(/oförändrad/);
  });

  it("says how many indicators have nothing to compare, naming up to three, so its counts add up to the table's rows", () => {
    // "2 av 9" beside a table of 10 rows: the sentence says where the tenth went.
    const named = kortversionSentences({ ...base, indicatorsTotal: 5, uncompared: ["Förtroende för polisen"] });
    expect(named[1]).toBe(
      "2 av 4 indikatorer går åt rätt håll jämfört med föregående mätning, 1 går åt fel håll och 1 ligger inom normal variation; 1 saknar ett värde att jämföra med: Förtroende för polisen.",
    );
    const three = kortversionSentences({ ...base, indicatorsTotal: 7, uncompared: ["A", "B", "C"] });
    expect(three[1]).toMatch(/; 3 saknar ett värde att jämföra med: A, B och C\.$/);
    const many = kortversionSentences({ ...base, indicatorsTotal: 8, uncompared: ["A", "B", "C", "D"] });
    expect(many[1]).toMatch(/; 4 saknar ett värde att jämföra med\.$/);
    // Without the names (or with names that do not match the count), the count alone.
    expect(kortversionSentences({ ...base, indicatorsTotal: 6 })[1]).toMatch(/; 2 saknar ett värde att jämföra med\.$/);
    expect(kortversionSentences({ ...base, indicatorsTotal: 6, uncompared: ["A"] })[1]).toMatch(/; 2 saknar ett värde att jämföra med\.$/);
    expect(kortversionSentences(base)[1]).not.toContain("saknar");
  });

  it("in the demo's reports, names the indicator the comparison leaves out (T3 2025 and the Slutrapport)", () => {
    const ctx = demoContext();
    expect(tertialReportModel(ctx, { kind: "tertial", year: 2025, tertial: 3 }).kortversionSentences[1]).toBe(
      "2 av 9 indikatorer går åt rätt håll jämfört med föregående mätning och 7 ligger inom normal variation; 1 saknar ett värde att jämföra med: Förtroende för polisen.",
    );
    expect(finalReportModel(ctx).kortversionSentences[1]).toBe(
      "7 av 9 indikatorer går åt rätt håll jämfört med utgångsvärdet och 2 ligger inom normal variation; 1 saknar ett värde att jämföra med: Vuxna som nattvandrat (personer per tertial).",
    );
  });

  it("gives the verdict once the pledge is over: met, improved, not met", () => {
    const s = kortversionSentences({ ...base, final: true, statuses: ["met", "improved", "improved", "not-met", "no-data", "no-target"] });
    expect(s).toContain(
      "Av 5 indikatorer med mål och utgångsvärde nådde 1 målet, 2 förbättrades utan att nå det, 1 blev inte bättre än utgångsvärdet och 1 saknar värde.",
    );
    // The tertial report for the last tertial: its statuses are verdicts too.
    expect(kortversionSentences({ ...base, statuses: ["improved", "not-met"] })).toContain(
      "Av 2 indikatorer med mål och utgångsvärde nådde ingen målet, 1 förbättrades utan att nå det och 1 blev inte bättre än utgångsvärdet.",
    );
  });

  it("quotes percent values with a decimal comma and a percent sign", () => {
    const only = { ...base, comparisons: [base.comparisons[2]!] };
    expect(kortversionSentences(only)[2]).toBe(
      "Mest åt rätt håll gick Otrygga, som minskade från 41,5 % till 38,5 % mellan 2024 och 2025.",
    );
  });

  it("keeps an empty register's kortversion within four to six sentences", () => {
    for (const m of [tertialReportModel(context(emptyRegister()), T2_2025), finalReportModel(context(emptyRegister()))]) {
      expect(m.kortversionSentences.length).toBeGreaterThanOrEqual(4);
      expect(m.kortversionSentences.length).toBeLessThanOrEqual(6);
      expect(m.kortversion).toContain("Inga indikatorer är registrerade ännu.");
      expect(m.kortversion).toContain("Inga parter är registrerade ännu.");
    }
  });
});

describe("the kortversion as published (with Minsta antal att visa)", () => {
  it("reads counts below the threshold as färre än N and leaves out a women's share that would give a small count away", () => {
    const small = {
      ...base,
      figures: { ...base.figures, completed: 3, participants: 40, women: 2, men: 38, womenShare: 0.05 },
      minCount: 5,
    };
    expect(kortversionSentences(small)[0]).toBe(
      "Under maj–augusti 2025 genomfördes färre än 5 aktiviteter inom medborgarlöftet för Skäggetorp, och de rapporterade aktiviteterna (också de som inte genomfördes) hade sammanlagt 40 deltagare.",
    );
  });

  it("keeps figures at or above the threshold, and reads a small count indicator's value as färre än N", () => {
    const input = { ...base, comparisons: [{ ...base.comparisons[1]!, from: 3, to: 25 }], minCount: 5 };
    const s = kortversionSentences(input);
    expect(s[0]).toContain("44 aktiviteter");
    expect(s[0]).toContain("av de 1 230 vars kön angavs var 44 % kvinnor och flickor");
    expect(s).toContain("Mest åt fel håll gick Bränder, som ökade från färre än 5 till 25.");
  });

  it("is the report's own text without the setting", () => {
    expect(kortversionSentences({ ...base, minCount: undefined })).toEqual(kortversionSentences(base));
  });
});
