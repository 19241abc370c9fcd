import type { Finding, FindingCode, FindingParams } from "../findings";
import { SEVERITY_OF } from "../findings";
import { en } from "./en";
import { sv } from "./sv";

export type Language = "sv" | "en";

const catalogues = { sv, en } as const;

/** The message for a code in a language (Swedish by default). */
export function messageFor(code: FindingCode, params: FindingParams, language: Language = "sv"): string {
  return catalogues[language][code](params);
}

/** A finding with its Swedish message. */
export function finding(code: FindingCode, sheet: string, cell: string | null, params: FindingParams = {}): Finding {
  return { code, severity: SEVERITY_OF[code], sheet, cell, message: messageFor(code, params), params };
}

/** The same findings with messages in another language. */
export function translateFindings(findings: readonly Finding[], language: Language): Finding[] {
  return findings.map((f) => ({ ...f, message: messageFor(f.code, f.params, language) }));
}
