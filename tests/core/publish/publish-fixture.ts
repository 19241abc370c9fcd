/** The demo's published page as `pledge publish` makes it on a fixed day, and small registers to publish. */
import { checkRegister } from "../../../src/core/check-register";
import { serialFromDate } from "../../../src/core/date";
import { publishModel, type PublishModel } from "../../../src/core/publish/publish-model";
import { finalReportModel } from "../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import type { Register } from "../../../src/core/register/types";
import { demoRegister } from "../../../src/demo/demo-register";
import { defaultReportTertial } from "../../../src/app/default-tertial";
import { tertial } from "../trends/factories";

/** Local time, so the page reads the same day in every time zone. */
export const PUBLISHED_AT = new Date(2026, 0, 8, 10, 0);

export function demoPublication(kind: "tertial" | "final" = "tertial"): { model: PublishModel; register: Register } {
  const today = serialFromDate(PUBLISHED_AT);
  const check = checkRegister(demoRegister(), { today, tertial: (p) => defaultReportTertial(p, today) });
  const ctx = { register: check.register, findings: check.findings, createdAt: PUBLISHED_AT };
  const report = kind === "tertial" ? tertialReportModel(ctx, check.tertial!) : finalReportModel(ctx);
  return { model: publishModel(report, check.register), register: check.register };
}

export function publishTertial(register: Register, label = "T2 2025"): PublishModel {
  return publishModel(tertialReportModel({ register, findings: [], createdAt: PUBLISHED_AT }, tertial(label)), register);
}

export function publishFinal(register: Register): PublishModel {
  return publishModel(finalReportModel({ register, findings: [], createdAt: PUBLISHED_AT }), register);
}
