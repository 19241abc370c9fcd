/**
 * One owner of how a report model writes its kortversion: what it reads from
 * the register (area, how many partners) and from its indicators (statuses,
 * the comparisons they lend), and what it keeps (the text, its sentences and
 * the input what is published writes again with its small-number rule).
 */
import type { ActivityFigures } from "../../figures/activity-figures";
import type { Register } from "../../register/types";
import type { TargetStatus } from "../../trends/trend-types";
import { kortversionSentences, type Comparison, type KortversionInput } from "./kortversion";

/** The kortversion fields both report models carry. */
export interface ReportKortversion {
  kortversion: string;
  kortversionSentences: string[];
  /** What the kortversion was written from: what is published writes it again with its small-number rule. */
  kortversionInput: KortversionInput;
}

export interface ReportKortversionParts {
  /** "maj–augusti 2025" or "augusti 2024–december 2025". */
  span: string;
  figures: ActivityFigures;
  indicators: readonly { name: string; status: TargetStatus }[];
  /** Each indicator's comparison (in the order of `indicators`), null where it has none. */
  comparisons: readonly (Comparison | null)[];
  /** The final report: statuses are verdicts and values are compared with the baseline. */
  final: boolean;
  partnersReported: number;
}

/** The final report compares with the baseline (utgångsvärdet), a tertial report with the previous measurement. */
export function reportKortversion(register: Pick<Register, "pledge" | "partners">, parts: ReportKortversionParts): ReportKortversion {
  const input: KortversionInput = {
    span: parts.span,
    area: register.pledge?.area ?? null,
    figures: parts.figures,
    indicatorsTotal: parts.indicators.length,
    comparisons: parts.comparisons.filter((c): c is Comparison => c !== null),
    uncompared: parts.indicators.filter((_, i) => (parts.comparisons[i] ?? null) === null).map((i) => i.name),
    comparedWith: parts.final ? "utgångsvärdet" : "föregående mätning",
    statuses: parts.indicators.map((i) => i.status),
    final: parts.final,
    partnersReported: parts.partnersReported,
    partnersTotal: register.partners.length,
  };
  const sentences = kortversionSentences(input);
  return { kortversion: sentences.join(" "), kortversionSentences: sentences, kortversionInput: input };
}
