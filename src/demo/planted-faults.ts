/**
 * The realistic mistakes planted in the demo register, each with the finding
 * the checker should give and the cell it should name (DOMAIN.md, "Checks").
 * Apart from these, the demo gives no error or warning, only info findings.
 */
import type { Cell } from "../core/cell";
import { serial } from "./demo-data";

export interface PlantedFault {
  code: string;
  severity: "error" | "warning";
  sheet: string;
  cell: string;
  why: string;
}

/** How a fault gets into a partner's table: its data row is the one its `cell` names. */
export type FaultChange =
  | { kind: "insert"; row: readonly Cell[] }
  /** The row above, typed again: a copy-paste slip. */
  | { kind: "copy-previous" }
  /** Overwrites cells (by column index within the table) of a row the demo already has. */
  | { kind: "set"; cells: Readonly<Record<number, Cell>> };

export interface PlantedFaultSpec extends PlantedFault {
  partner: string;
  table: "aktiviteter" | "varden";
  change: FaultChange;
}

export const PLANTED_FAULT_SPECS: readonly PlantedFaultSpec[] = [
  {
    code: "not-a-date",
    severity: "error",
    sheet: "Hemgårdarnas BK",
    cell: "A10",
    partner: "HBK",
    table: "aktiviteter",
    why: "Datumet är skrivet 14/3 2025 i stället för 2025-03-14.",
    change: { kind: "insert", row: ["14/3 2025", "Å12", "Prova på fotboll", "Genomförd", 1, 22, 9, 13, null] },
  },
  {
    code: "not-a-number",
    severity: "error",
    sheet: "Världens mammor",
    cell: "F10",
    partner: "VMA",
    table: "aktiviteter",
    why: "Deltagare är skrivet ”ca 20” i stället för ett tal.",
    change: { kind: "insert", row: [serial("2025-02-12"), "Å7", "Kvinnocafé", "Genomförd", 1, "ca 20", null, null, null] },
  },
  {
    code: "parts-exceed-total",
    severity: "error",
    sheet: "Linköpings ungdomsförening",
    cell: "F14",
    partner: "LUF",
    table: "aktiviteter",
    why: "9 flickor och 8 pojkar är fler än de 15 deltagarna.",
    change: { kind: "insert", row: [serial("2025-06-24"), "Å4", "Sommarlovsaktiviteter", "Genomförd", 2, 15, 9, 8, null] },
  },
  {
    code: "unknown-measure",
    severity: "error",
    sheet: "Röda korset",
    cell: "B8",
    partner: "RKR",
    table: "aktiviteter",
    why: "Åtgärden Å18 finns inte; löftet har Å1–Å15.",
    change: { kind: "insert", row: [serial("2024-11-20"), "Å18", "Klädbyte för barnfamiljer", "Genomförd", 1, 30, 18, 12, null] },
  },
  {
    code: "personal-data",
    severity: "warning",
    sheet: "Islamiska förbundet",
    cell: "I10",
    partner: "IFL",
    table: "aktiviteter",
    why: "Kommentaren innehåller ett telefonnummer till en privatperson.",
    change: {
      kind: "insert",
      row: [
        serial("2025-03-19"),
        "Å6",
        "Föräldraträff om droger och rekrytering",
        "Genomförd",
        1,
        24,
        15,
        9,
        "Ring Anna 070-123 45 67 om lokalen",
      ],
    },
  },
  {
    code: "duplicate-row",
    severity: "warning",
    sheet: "ABF",
    cell: "A15",
    partner: "ABF",
    table: "aktiviteter",
    why: "Raden ovanför är inmatad två gånger.",
    change: { kind: "copy-previous" },
  },
  {
    code: "date-outside-pledge",
    severity: "warning",
    sheet: "Svenska kyrkan",
    cell: "A6",
    partner: "SVK",
    table: "aktiviteter",
    why: "Nattvandringen 2024-06-10 var före löftets start 2024-08-01 (åtgärden Å3 saknar start- och slutdatum).",
    change: { kind: "insert", row: [serial("2024-06-10"), "Å3", "Nattvandring inför skolavslutningen", "Genomförd", 1, 8, 3, 5, null] },
  },
  {
    code: "frequency-mismatch",
    severity: "error",
    sheet: "Polisen",
    cell: "K13",
    partner: "POL",
    table: "varden",
    why: "Problemindex mäts en gång om året men är rapporterat för T2 2025.",
    change: { kind: "insert", row: ["T2 2025", "I1", 3, null, null, "Preliminärt"] },
  },
  {
    code: "percent-out-of-range",
    severity: "error",
    sheet: "Polisen",
    cell: "M17",
    partner: "POL",
    table: "varden",
    why: "Förtroende för polisen 2025 är skrivet 112 %; en andel ligger mellan 0 och 100.",
    change: { kind: "set", cells: { 2: 112 } },
  },
  {
    code: "invalid-period",
    severity: "error",
    sheet: "Stångåstaden",
    cell: "K16",
    partner: "STG",
    table: "varden",
    why: "Det finns ingen T4: ett år har tre tertial.",
    change: { kind: "insert", row: ["T4 2025", "I4", 9, null, null, "Avser oktober–december"] },
  },
  {
    code: "not-a-source",
    severity: "warning",
    sheet: "Stadsmissionen",
    cell: "L6",
    partner: "OSM",
    table: "varden",
    why: "Stadsmissionen rapporterar nattvandrare (I7) men är inte källa för den indikatorn.",
    change: { kind: "insert", row: ["T1 2025", "I7", 6, null, null, "Våra volontärer som nattvandrat"] },
  },
  {
    code: "missing-gender-split",
    severity: "warning",
    sheet: "Linköpings ungdomsförening",
    cell: "M7",
    partner: "LUF",
    table: "varden",
    why: "Deltagare i fritidsaktiviteter ska delas upp på kvinnor och män, men Kvinnor och Män är tomma.",
    change: { kind: "set", cells: { 3: null, 4: null } },
  },
];

/** What the checker should find in the demo register, besides info findings. */
export const PLANTED_FAULTS: readonly PlantedFault[] = PLANTED_FAULT_SPECS.map(({ code, severity, sheet, cell, why }) => ({
  code,
  severity,
  sheet,
  cell,
  why,
}));
