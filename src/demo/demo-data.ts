/**
 * The Skäggetorp pledge and its partners, as signed in KS 2024-498
 * (Linköpings kommun and the partners named in the decision).
 */
import { serialFromIso } from "../core/date";
import type { PARTNER_TYPES } from "../core/register/layout";

/** Serial of an ISO date written in this demo's source; a typo here is a programming error. */
export function serial(iso: string): number {
  const s = serialFromIso(iso);
  if (s === null) throw new Error(`Not a date: ${iso}`);
  return s;
}

export const DEMO_PLEDGE = {
  name: "Lokalt medborgarlöfte för Skäggetorp 2024–2025",
  area: "Skäggetorp",
  municipality: "Linköpings kommun",
  caseNumber: "KS 2024-498",
  validFrom: serial("2024-08-01"),
  validTo: serial("2025-12-31"),
  reportsTo: "Trygghetsrådet",
} as const;

export interface DemoPartner {
  id: string;
  name: string;
  type: (typeof PARTNER_TYPES)[number];
  tab: string;
  /** `Kontakt`, where reminders go (addresses on the reserved `.example` domain); a few partners have none. */
  contact: string | null;
}

const contact = (local: string) => `${local}@skaggetorp.example`;

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  { id: "KOM", name: "Linköpings kommun, Säkerhetsenheten", type: "Kommun", tab: "Kommunen", contact: contact("kommunen") },
  {
    id: "FRI",
    name: "Linköpings kommun, Kultur och fritid",
    type: "Kommun",
    tab: "Kultur och fritid",
    contact: contact("kultur.och.fritid"),
  },
  { id: "POL", name: "Polisen, lokalpolisområde Linköping", type: "Polis", tab: "Polisen", contact: contact("polisen") },
  { id: "SVK", name: "Svenska kyrkan i Linköping", type: "Trossamfund", tab: "Svenska kyrkan", contact: contact("svenska.kyrkan") },
  {
    id: "IFL",
    name: "Islamiska förbundet i Linköping",
    type: "Trossamfund",
    tab: "Islamiska förbundet",
    contact: contact("islamiska.forbundet"),
  },
  { id: "RFS", name: "RF-SISU Östergötland", type: "Idrott och fritid", tab: "RF-SISU", contact: contact("rf.sisu") },
  { id: "HBK", name: "Hemgårdarnas bollklubb", type: "Idrott och fritid", tab: "Hemgårdarnas BK", contact: contact("hemgardarnas.bk") },
  {
    id: "LUF",
    name: "Linköpings ungdomsförening",
    type: "Idrott och fritid",
    tab: "Linköpings ungdomsförening",
    contact: contact("linkopings.ungdomsforening"),
  },
  {
    id: "ATK",
    name: "Aktivitetshuset Taekwondo",
    type: "Idrott och fritid",
    tab: "Aktivitetshuset Taekwondo",
    contact: contact("aktivitetshuset.taekwondo"),
  },
  { id: "STG", name: "AB Stångåstaden", type: "Fastighetsägare", tab: "Stångåstaden", contact: contact("stangastaden") },
  { id: "WIL", name: "Willhem", type: "Fastighetsägare", tab: "Willhem", contact: contact("willhem") },
  { id: "VIC", name: "Victoriahem", type: "Fastighetsägare", tab: "Victoriahem", contact: contact("victoriahem") },
  { id: "LEJ", name: "Lejonfastigheter", type: "Fastighetsägare", tab: "Lejonfastigheter", contact: contact("lejonfastigheter") },
  { id: "ABF", name: "ABF Linköping", type: "Studieförbund", tab: "ABF", contact: contact("abf") },
  { id: "JOB", name: "Jobcom", type: "Annan", tab: "Jobcom", contact: null },
  { id: "OSM", name: "Östergötlands stadsmission", type: "Civilsamhälle", tab: "Stadsmissionen", contact: contact("stadsmissionen") },
  { id: "VMA", name: "Världens mammor", type: "Civilsamhälle", tab: "Världens mammor", contact: contact("varldens.mammor") },
  { id: "RKR", name: "Röda korset Linköping", type: "Civilsamhälle", tab: "Röda korset", contact: contact("roda.korset") },
  { id: "IKEA", name: "IKEA Linköping", type: "Näringsliv", tab: "IKEA", contact: null },
  { id: "IHU", name: "I-huset", type: "Civilsamhälle", tab: "I-huset", contact: null },
];

/** Partners that report nothing at all in T3 2025 (a `no-report` info, not a fault). */
export const SILENT_IN_T3_2025: readonly string[] = ["IKEA", "ATK"];
