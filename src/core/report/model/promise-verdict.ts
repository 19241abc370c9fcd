/**
 * Was the promise kept: one plain verdict per measure, from the safety unit's
 * `Status` and what was done in the period (activities dated in it, of them
 * `Genomförd`). The one owner of the rule; the reports and the pane show its
 * text, its tone colours the cell (the words carry the meaning without colour).
 *
 *   Genomförd                       → "Genomförd"                                  (good)
 *   Pågår, n > 0, some done         → "Pågår – 6 aktiviteter i tertialen"          (good)
 *   Pågår, n > 0, none done         → "Pågår – 2 aktiviteter i tertialen, ingen genomförd" (attention)
 *   Pågår, n = 0                    → "Pågår men ingen aktivitet i tertialen"      (attention)
 *   Försenad                        → "Försenad" (+ " – n aktiviteter i tertialen") (attention)
 *   Avbruten                        → "Avbruten"                                   (bad)
 *   Ej påbörjad, n = 0              → "Ej påbörjad"                                (neutral)
 *   Ej påbörjad, n > 0              → "Ej påbörjad, men 2 aktiviteter i tertialen" (attention: the status is behind)
 *   no Status                       → "Status saknas" (+ " – n aktiviteter …" or ", ingen aktivitet …") (neutral / attention)
 */
import type { MEASURE_STATUSES } from "../../register/layout";
import { countNoun } from "../../swedish-format";

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** The period the figures cover: a tertial (tertial report, pane) or the whole pledge (Slutrapport). */
export type PromiseScope = "tertial" | "pledge";

export type VerdictKind =
  | "done"
  | "ongoing"
  | "ongoing-none-done"
  | "ongoing-idle"
  | "delayed"
  | "cancelled"
  | "not-started"
  | "not-started-active"
  | "no-status"
  | "no-status-idle";

/** good: kept or on its way; attention: look at it; bad: not kept; neutral: nothing to judge. */
export type VerdictTone = "good" | "attention" | "bad" | "neutral";

export interface PromiseVerdict {
  kind: VerdictKind;
  tone: VerdictTone;
  /** The verdict in Swedish, as the reports print it. */
  text: string;
}

export interface VerdictInput {
  status: MeasureStatus | null;
  /** Activities dated in the period, whatever their status. */
  activities: number;
  /** Of them `Genomförd`. */
  completed: number;
  scope: PromiseScope;
}

const IN_SCOPE: Record<PromiseScope, string> = { tertial: "i tertialen", pledge: "under löftet" };

const activitiesIn = (n: number, scope: PromiseScope): string => `${countNoun(n, "aktivitet", "aktiviteter")} ${IN_SCOPE[scope]}`;

const verdict = (kind: VerdictKind, tone: VerdictTone, text: string): PromiseVerdict => ({ kind, tone, text });

export function promiseVerdict({ status, activities, completed, scope }: VerdictInput): PromiseVerdict {
  const done = activitiesIn(activities, scope);
  switch (status) {
    case "Genomförd":
      return verdict("done", "good", "Genomförd");
    case "Avbruten":
      return verdict("cancelled", "bad", "Avbruten");
    case "Försenad":
      return verdict("delayed", "attention", activities > 0 ? `Försenad – ${done}` : "Försenad");
    case "Ej påbörjad":
      return activities > 0
        ? verdict("not-started-active", "attention", `Ej påbörjad, men ${done}`)
        : verdict("not-started", "neutral", "Ej påbörjad");
    case "Pågår":
      if (activities === 0) return verdict("ongoing-idle", "attention", `Pågår men ingen aktivitet ${IN_SCOPE[scope]}`);
      if (completed === 0) return verdict("ongoing-none-done", "attention", `Pågår – ${done}, ingen genomförd`);
      return verdict("ongoing", "good", `Pågår – ${done}`);
    case null:
      return activities > 0
        ? verdict("no-status", "neutral", `Status saknas – ${done}`)
        : verdict("no-status-idle", "attention", `Status saknas, ingen aktivitet ${IN_SCOPE[scope]}`);
  }
}
