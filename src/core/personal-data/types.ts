/** The kinds of personal data the `personal-data` check looks for in free text. */
export type PersonalDataKind = "personnummer" | "samordningsnummer" | "telefon" | "e-post";

/** One finding in a text: `text.slice(start, end) === match`. */
export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
  match: string;
}
