/**
 * Reminders for one tertial: one per partner with something missing (no
 * activity in the tertial, or a `Källa` value due by it), each with a ready
 * Swedish text. Built from the check's completeness gaps, so a reminder asks
 * for exactly what the check's `no-report` and `missing-value` say is missing.
 */
import type { CheckResult } from "../check-register";
import { isoFromSerial } from "../date";
import { REMINDER_SV } from "../messages/reminder-sv";
import { periodLabel, type Period, type TertialPeriod } from "../period";
import { reportDue, tertialEnd } from "../pledge-calendar";
import { longDateSv, tertialMonthSpan } from "../swedish-format";

export interface Reminder {
  /** Part-ID as typed on `Parter`. */
  partner: string;
  /** `Parter.Namn` (the Part-ID when blank). */
  name: string;
  /** `Parter.Kontakt`, trimmed; null when blank. */
  contact: string | null;
  /** The partner's tab (`Parter.Flik`), where the text says to type. */
  tab: string;
  /** False when the tab named in `Flik` does not exist (the check says `missing-partner-tab`). */
  tabExists: boolean;
  /** No activity dated in the tertial. */
  missingActivities: boolean;
  /** The values owed, in `Indikatorer`'s order: Indikator-ID as typed, name and period. */
  missingIndicators: { id: string; name: string; period: Period }[];
  subject: string;
  text: string;
}

export interface Reminders {
  tertial: TertialPeriod;
  /** Serial of the day the tertial is due: its end plus `Sista rapportdag`. */
  due: number;
  reminders: Reminder[];
}

/**
 * The reminders for the tertial a check judged completeness for (`check.tertial`),
 * as on `today` (an Excel serial: whether the tertial has ended, whether the due
 * day has passed). Null without a readable pledge.
 */
export function remindersFrom(check: Pick<CheckResult, "register" | "gaps" | "tertial">, today: number): Reminders | null {
  const pledge = check.register.pledge;
  const t = check.tertial;
  if (!pledge || !t) return null;
  const due = reportDue(pledge, t);
  const reminders: Reminder[] = [];
  for (const gap of check.gaps) {
    const missingActivities = !gap.hasActivities;
    if (!missingActivities && gap.missing.length === 0) continue;
    const missingIndicators = gap.missing.map((m) => ({ id: m.indicatorId, name: m.name || m.indicatorId, period: m.period }));
    const words = {
      partner: gap.partner.name,
      pledge: pledge.name,
      tertial: periodLabel(t),
      months: tertialMonthSpan(t.year, t.tertial),
      ended: tertialEnd(t) < today,
      due: longDateSv(due),
      overdue: due < today,
      tab: gap.sheet,
      missingActivities,
      missingValues: missingIndicators.map((m) => ({ name: m.name, period: periodLabel(m.period), annual: m.period.kind === "year" })),
      municipality: pledge.municipality,
    };
    reminders.push({
      partner: gap.partner.id,
      name: gap.partner.name,
      contact: gap.partner.contact,
      tab: gap.sheet,
      tabExists: gap.hasTab,
      missingActivities,
      missingIndicators,
      subject: REMINDER_SV.subject(words),
      text: REMINDER_SV.text(words),
    });
  }
  return { tertial: t, due, reminders };
}

/** The JSON `pledge reminders --json` prints (docs/register-format.md): exactly the contract's fields. */
export function remindersJson(r: Reminders) {
  return {
    tertial: periodLabel(r.tertial),
    due: isoFromSerial(r.due),
    reminders: r.reminders.map((m) => ({
      partner: m.partner,
      name: m.name,
      contact: m.contact,
      missingActivities: m.missingActivities,
      missingIndicators: m.missingIndicators.map((i) => i.id),
      text: m.text,
    })),
  };
}

/**
 * A `mailto:` address that opens the reminder in the person's e-mail program, or
 * null without a contact. Subject and body are percent-encoded (RFC 6068: line
 * breaks as %0D%0A); several addresses typed with `;` or `,` become one list.
 */
export function mailtoLink(reminder: Pick<Reminder, "contact" | "subject" | "text">): string | null {
  if (!reminder.contact) return null;
  const to = reminder.contact
    .split(/[;,]/)
    .map((a) => a.trim())
    .filter((a) => a !== "");
  if (to.length === 0) return null;
  const body = reminder.text.replace(/\r?\n/g, "\r\n");
  const address = (a: string) => encodeURIComponent(a).replace(/%40/g, "@");
  return `mailto:${to.map(address).join(",")}?subject=${encodeURIComponent(reminder.subject)}&body=${encodeURIComponent(body)}`;
}
