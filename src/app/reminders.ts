/** Use case: the reminders for a tertial (default: the report's, `defaultReportTertial`), from one read of the workbook. */
import { checkRegister } from "../core/check-register";
import type { TertialPeriod } from "../core/period";
import { type Reminders, remindersFrom } from "../core/reminders/reminders";
import { defaultReportTertial } from "./default-tertial";
import type { WorkbookPort } from "./port";

export interface RemindersRequest {
  /** Today as an Excel serial. */
  today: number;
  /** The tertial; default: the latest pledge tertial that has ended, as for a report. */
  tertial?: TertialPeriod | undefined;
}

/** Null when the register has no readable pledge. */
export async function makeReminders(port: WorkbookPort, request: RemindersRequest): Promise<Reminders | null> {
  const grids = await port.readAll();
  const { today } = request;
  const check = checkRegister(grids, { today, tertial: request.tertial ?? ((pledge) => defaultReportTertial(pledge, today)) });
  return remindersFrom(check, today);
}
