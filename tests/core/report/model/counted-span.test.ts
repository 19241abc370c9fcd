/**
 * The Slutrapport's sentence "Under … rapporterades N aktiviteter" names the months it counts: the
 * pledge's tertials whole (DOMAIN: the tertials that overlap its validity), so T2 2024 from 1 May,
 * though the demo pledge starts 1 August and has an activity on 2024-06-10 (issue 12). The head keeps
 * the pledge's validity; the published page and its image say the counted months too.
 */
import { checkRegister } from "../../../../src/core/check-register";
import { serialFromYMD } from "../../../../src/core/date";
import { publishModel } from "../../../../src/core/publish/publish-model";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { demoRegister } from "../../../../src/demo/demo-register";

const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: T3_2025 });
const ctx = { register: check.register, findings: check.findings, createdAt: new Date(2026, 0, 8, 9, 15) };

describe("the months a report's figures count", () => {
  const model = finalReportModel(ctx);

  it("are the pledge's tertials' in the Slutrapport, from the first tertial's first month", () => {
    expect(check.register.activities.some((a) => a.date !== null && a.date < check.register.pledge!.validFrom)).toBe(true);
    expect(model.head.countedSpan).toBe("maj 2024–december 2025");
    expect(model.kortversion).toMatch(/^Under maj 2024–december 2025 rapporterades \d+ aktiviteter .*\(\d+ av dem genomförda\)/);
    expect(model.kortversion).not.toContain("augusti 2024–december 2025");
    // The head still says when the pledge is valid.
    expect(model.head.monthSpan).toBe("augusti 2024–december 2025");
  });

  it("are the tertial's in a tertial report", () => {
    const t = tertialReportModel(ctx, T3_2025);
    expect(t.head.countedSpan).toBe(t.head.monthSpan);
    expect(t.kortversion).toMatch(/^Under september–december 2025 /);
  });

  it("are said on the published page", () => {
    expect(publishModel(model, check.register).intro).toContain("under maj 2024–december 2025 och hur det gick");
  });
});
