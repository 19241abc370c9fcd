/** What a finding's severity is called, per language: one word ("Fel: …") and a heading over several ("Varningar 3"). */
import type { Severity } from "../findings";
import type { Language } from "./catalogue";

export interface SeverityWords {
  one: Readonly<Record<Severity, string>>;
  plural: Readonly<Record<Severity, string>>;
}

export const SEVERITY_WORDS: Readonly<Record<Language, SeverityWords>> = {
  sv: { one: { error: "Fel", warning: "Varning", info: "Info" }, plural: { error: "Fel", warning: "Varningar", info: "Info" } },
  en: { one: { error: "Error", warning: "Warning", info: "Info" }, plural: { error: "Errors", warning: "Warnings", info: "Info" } },
};
