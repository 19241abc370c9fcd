import type { Finding, FindingCode, FindingParams } from "../findings";
import { SEVERITY_OF } from "../findings";
import { en, enHidden, EN_PERSONAL_DATA_MARKER } from "./en";
import { PERSONAL_DATA_MARKER, safeParams } from "./safe-params";
import { sv, svHidden } from "./sv";

export type Language = "sv" | "en";

const catalogues = { sv, en } as const;
const hidden = { sv: svHidden, en: enHidden } as const;

/**
 * The message for a code in a language (Swedish by default). When the cell's
 * own value was held back as personal data (`params.hidden`, see
 * `safe-params.ts`), the message names the cell and says what belongs there.
 */
export function messageFor(code: FindingCode, params: FindingParams, language: Language = "sv"): string {
  const message = params.hidden !== undefined ? hidden[language](code, params) : catalogues[language][code](params);
  return language === "sv" ? message : message.replaceAll(PERSONAL_DATA_MARKER, EN_PERSONAL_DATA_MARKER);
}

/** A finding with its Swedish message; its parameters and message quote no personal data. */
export function finding(code: FindingCode, sheet: string, cell: string | null, params: FindingParams = {}): Finding {
  const safe = safeParams(code, cell, params);
  return { code, severity: SEVERITY_OF[code], sheet, cell, message: messageFor(code, safe), params: safe };
}

/** The same findings with messages in another language. */
export function translateFindings(findings: readonly Finding[], language: Language): Finding[] {
  return findings.map((f) => ({ ...f, message: messageFor(f.code, f.params, language) }));
}
