/**
 * The demo register's reports as plans, snapshot-tested: any change to what
 * the reports show, or where, shows up here for review.
 */
import { checkRegister } from "../../../../src/core/check-register";
import { serialFromYMD } from "../../../../src/core/date";
import { finalReportPlan } from "../../../../src/core/report/layout/final-report-plan";
import { kontrollPlan } from "../../../../src/core/report/layout/kontroll-plan";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../../../../src/core/report/layout/tertial-report-plan";
import { demoRegister } from "../../../../src/demo/demo-register";
import { planProblems } from "../plan-invariants";

const CREATED = new Date(2025, 8, 5, 14, 32); // local time, as reports show it
const T2_2025 = { kind: "tertial", year: 2025, tertial: 2 } as const;
const check = checkRegister(demoRegister(), { today: serialFromYMD(2025, 9, 5)!, tertial: T2_2025 });
const ctx = { register: check.register, findings: check.findings, createdAt: CREATED };

/** Every text the register itself holds (names, titles, free text): these may legitimately start with "=". */
const registerTexts = new Set(
  JSON.stringify(check.register)
    .match(/"(?:[^"\\]|\\.)*"/g)
    ?.map((s) => JSON.parse(s) as string) ?? [],
);
const freeTexts = [
  ...check.register.activities.flatMap((a) => [a.title, a.comment]),
  ...check.register.values.map((v) => v.comment),
].filter((s): s is string => typeof s === "string" && s.length > 12);

describe("the demo register's reports", () => {
  const tertialModel = tertialReportModel(ctx, T2_2025);
  const tertial = tertialReportPlan(tertialModel, "Rapport T2 2025");
  const final = finalReportPlan(finalReportModel(ctx), "Slutrapport");
  const kontroll = kontrollPlan(check.findings, CREATED, "Kontroll");

  it("matches the T2 2025 report snapshot", () => {
    expect(tertial).toMatchSnapshot();
  });

  it("matches the Slutrapport snapshot", () => {
    expect(final).toMatchSnapshot();
  });

  it("matches the Kontroll snapshot", () => {
    expect(kontroll).toMatchSnapshot();
  });

  it("are sound plans", () => {
    for (const plan of [tertial, final, kontroll]) expect(planProblems(plan, registerTexts)).toEqual([]);
  });

  it("carry no partner free text into the reports", () => {
    expect(freeTexts.length).toBeGreaterThan(0);
    const text = JSON.stringify([tertial, final]);
    for (const t of freeTexts) if (!check.register.measures.some((m) => m.title === t)) expect(text).not.toContain(t);
  });

  it("head the T2 report with the demo's figures: the rows left out that T2 would have read, not the whole register's", () => {
    // The demo has 7 rows with errors: one dated in T3 2024 and one in T1 2025 are no part of T2's report.
    expect(check.register.excludedRows).toBe(7);
    expect(tertial.values[3]![0]).toMatch(
      /^Skapad 2025-09-05 14:32 · underlag 77 rader från 20 av 20 parter · 5 rader utelämnade \(fel\) · data [0-9a-f]{6}$/,
    );
    expect(tertialModel.kortversionSentences.length).toBeGreaterThanOrEqual(4);
    expect(tertialModel.kortversionSentences.length).toBeLessThanOrEqual(6);
  });
});
