/**
 * The reminder a partner gets when something is missing for a tertial, in
 * Swedish (partners read Swedish whatever language the pane shows): names,
 * never codes; what is missing; the day it is due; the tab to type it on.
 */

/** What a reminder says, as facts already in words. */
export interface ReminderWords {
  /** The partner's name (`Parter.Namn`). */
  partner: string;
  /** The pledge's name (`Löfte.Namn`). */
  pledge: string;
  /** "T2 2025". */
  tertial: string;
  /** "maj–augusti 2025". */
  months: string;
  /** Whether the tertial has ended on the day the reminder is made. */
  ended: boolean;
  /** "söndag 14 september 2025": the tertial's end plus `Sista rapportdag`. */
  due: string;
  /** Whether that day has passed. */
  overdue: boolean;
  /** The tab to type it on (`Parter.Flik`). */
  tab: string;
  missingActivities: boolean;
  /** Each indicator value owed: its name and the period it is for ("T2 2025", "2025"). */
  missingValues: { name: string; period: string; annual: boolean }[];
  /** `Löfte.Kommun`, for the signature; null when blank. */
  municipality: string | null;
}

const bullet = "• ";

/** The lines of what is missing, one a line. */
function missingLines(w: ReminderWords): string[] {
  const lines: string[] = [];
  if (w.missingActivities) {
    lines.push(
      `${bullet}de aktiviteter ni har haft under tertialen: en rad per aktivitet, med datum, vad ni gjorde, hur många tillfällen och hur många som deltog`,
    );
  }
  for (const v of w.missingValues) {
    lines.push(`${bullet}${v.name}: värdet för ${v.annual ? `hela året ${v.period}` : v.period}`);
  }
  return lines;
}

export const REMINDER_SV = {
  /** The e-mail's subject. */
  subject: (w: Pick<ReminderWords, "tertial" | "pledge">) => `Påminnelse: rapportera ${w.tertial} för ${w.pledge}`,

  /** The e-mail's text, ready to send. */
  text: (w: ReminderWords) =>
    [
      `Hej ${w.partner}!`,
      "",
      `${w.ended ? "Nu är tertialen" : "Snart är tertialen"} ${w.tertial} (${w.months}) slut, och vi sammanställer uppföljningen av ${w.pledge}. I registret saknas ännu från er:`,
      "",
      ...missingLines(w),
      "",
      w.overdue
        ? `Sista dag att rapportera var ${w.due}. Skriv gärna in det så snart ni kan på er flik "${w.tab}" i registret.`
        : `Skriv in det på er flik "${w.tab}" i registret senast ${w.due}.`,
      ...(w.missingActivities
        ? ["Har ni inte haft några aktiviteter under tertialen? Svara då bara på det här mejlet och berätta det, så vet vi."]
        : []),
      "",
      "Tack för att ni är med och följer upp löftet!",
      "",
      "Vänliga hälsningar",
      w.municipality ? `Säkerhetsenheten, ${w.municipality}` : "Säkerhetsenheten",
    ].join("\n"),
} as const;
