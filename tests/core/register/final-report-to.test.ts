import type { Finding } from "../../../src/core/findings";
import { readPledge } from "../../../src/core/register/read-pledge";
import { finalReportModel } from "../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import { lofteSheet } from "../../support/register-builder";
import { context, T2_2025 } from "../report/report-fixture";

const sheet = lofteSheet;

describe("Slutrapport till", () => {
  it("is Kommunstyrelsen when the Löfte sheet leaves it out or blank", () => {
    const findings: Finding[] = [];
    expect(readPledge(sheet([]), findings)?.finalReportTo).toBe("Kommunstyrelsen");
    expect(readPledge(sheet([["Slutrapport till", "  "]]), findings)?.finalReportTo).toBe("Kommunstyrelsen");
    expect(findings).toEqual([]);
  });

  it("reads what is typed, whatever the field's case", () => {
    expect(readPledge(sheet([["slutrapport  till", "Socialnämnden"]]), [])?.finalReportTo).toBe("Socialnämnden");
  });

  it("addresses the Slutrapport, while a tertial report goes to Rapporteras till", () => {
    const ctx = context();
    ctx.register.pledge!.finalReportTo = "Socialnämnden";
    expect(finalReportModel(ctx).head.subtitle).toMatch(/ · till Socialnämnden$/);
    expect(tertialReportModel(ctx, T2_2025).head.subtitle).toMatch(/ · till Trygghetsrådet$/);
  });
});
