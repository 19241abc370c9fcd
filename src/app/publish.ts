/**
 * Use case: what the public reads (`pledge publish`, the pane's publish actions).
 * One read of the workbook; nothing is written to it. The page is built from the
 * same report model as the tertial report or the Slutrapport, with the
 * small-number rule (`Minsta antal att visa`) on every count.
 */
import { checkRegister, type CheckResult } from "../core/check-register";
import { serialFromDate } from "../core/date";
import { periodLabel, type TertialPeriod } from "../core/period";
import { publishPageHtml } from "../core/publish/page-html";
import { publishModel, type PublishModel } from "../core/publish/publish-model";
import { finalReportModel, type FinalReportModel } from "../core/report/model/final-report-model";
import { tertialReportModel, type TertialReportModel } from "../core/report/model/tertial-report-model";
import { WHOLE_PLEDGE } from "../core/report/log/log-layout";
import { defaultReportTertial } from "./default-tertial";
import type { WorkbookPort } from "./port";
import { NoPledgeError } from "./report";

export interface PublishRequest {
  /** When it is made (shown on the page; today's date for the checks). */
  now: Date;
  /** The tertial; default: the latest pledge tertial that has ended (`defaultReportTertial`). Ignored with `final`. */
  tertial?: TertialPeriod | undefined;
  /** The whole pledge, as the Slutrapport. */
  final?: boolean;
}

export interface PublishOutcome {
  /** The report model the page is made from (the social-media images are drawn from it too). */
  report: TertialReportModel | FinalReportModel;
  model: PublishModel;
  /** The page, `index.html`. */
  html: string;
  /** "T3 2025", or "Hela löftet" for the whole pledge. */
  period: string;
  fingerprint: string;
  check: CheckResult;
}

export async function makePublication(port: WorkbookPort, request: PublishRequest): Promise<PublishOutcome> {
  const grids = await port.readAll();
  const today = serialFromDate(request.now);
  const check = checkRegister(grids, { today, tertial: request.tertial ?? ((p) => defaultReportTertial(p, today)) });
  if (!check.register.pledge) throw new NoPledgeError(check.findings);
  const ctx = { register: check.register, findings: check.findings, createdAt: request.now };
  let report: TertialReportModel | FinalReportModel;
  if (request.final) report = finalReportModel(ctx);
  else {
    if (!check.tertial) throw new NoPledgeError(check.findings);
    report = tertialReportModel(ctx, check.tertial);
  }
  const model = publishModel(report, check.register);
  return {
    report,
    model,
    html: publishPageHtml(model),
    period: request.final ? WHOLE_PLEDGE : periodLabel(check.tertial!),
    fingerprint: report.head.fingerprint,
    check,
  };
}
