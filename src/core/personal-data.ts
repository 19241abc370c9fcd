/**
 * Personal data in free text (the `personal-data` check): Swedish personal
 * identity and coordination numbers, phone numbers and e-mail addresses.
 * See docs/personal-data.md for what is detected and what deliberately not.
 */
export type { PersonalDataKind } from "./personal-data/types";
export { findPersonalData } from "./personal-data/find-personal-data";
export { PERSONAL_DATA_MARKER, personalDataKind, redactPersonalData } from "./personal-data/redact";
