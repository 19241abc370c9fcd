/**
 * One measure of "promises kept" as the pane shows it, in the pane's language:
 * the row comes whole from the core (`promisesKept`, the reports' owner of the
 * rule); here it is only worded. The verdict is the core's Swedish text, or its
 * English words for the same kind (`promise-verdict-en.ts`), which begins with the
 * measure's status ("Pågår – …", "Genomförd", "Status saknas …"); register texts
 * (the measure's title, indicator names, the responsible partner) stay as typed.
 */
import { promiseVerdictTextEn } from "../core/report/model/promise-verdict-en";
import type { PromiseIndicator, PromiseRow, PromiseScope, VerdictTone } from "../core/report/model/promises-kept";
import { NO_BASELINE_WORD } from "../core/trends/status-words";
import type { Strings } from "./strings";

export interface PromiseLines {
  id: string;
  /** "Å1 Trygghetsvandringar med boende". */
  title: string;
  /** "Pågår – 6 aktiviteter i tertialen". */
  verdict: string;
  tone: VerdictTone;
  /** "Pågår", as the register has it (the verdict words it); null without a status. */
  status: string | null;
  /** "Ansvarig: Linköpings kommun". */
  responsible: string;
  /** "6 aktiviteter (4 genomförda) · 12 tillfällen · 118 deltagare". */
  done: string;
  /** "Ska påverka: Anmälda brott (Enligt plan); …". */
  indicators: string;
}

/** The indicator's status word in the pane's language; the core's Swedish word already tells a missing baseline. */
function indicatorWord(i: PromiseIndicator, strings: Strings): string | null {
  if (i.status === null) return null;
  return i.statusWord === NO_BASELINE_WORD.sv ? strings.noBaseline : strings.status[i.status];
}

export function promiseLines(row: PromiseRow, strings: Strings, scope: PromiseScope = "tertial"): PromiseLines {
  const verdict = strings.language === "sv" ? row.verdict.text : promiseVerdictTextEn(row.verdict.kind, row.figures.activities, scope);
  return {
    id: row.id,
    title: row.label,
    verdict,
    tone: row.verdict.tone,
    status: row.status,
    responsible: strings.promiseResponsible(row.responsible),
    done: scope === "pledge" && row.figures.activities === 0 ? strings.promiseNoActivityPledge : strings.promiseDone(row.figures),
    indicators: strings.promiseIndicators(row.indicators.map((i) => strings.promiseIndicator(i.name, indicatorWord(i, strings)))),
  };
}
