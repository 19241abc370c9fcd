/**
 * The pledge's indicators and what each source reported. Most improve over
 * the pledge, vehicle and outdoor fires get worse, night walkers stay flat,
 * and night walkers have no baseline (a `no-baseline` info).
 */
import type { AGGREGATIONS, DIRECTIONS, FREQUENCIES, UNITS } from "../core/register/layout";

/** One reported figure; women and men only for gender-split indicators. */
export interface Reported {
  value: number;
  women?: number;
  men?: number;
}

export interface DemoIndicator {
  id: string;
  name: string;
  unit: (typeof UNITS)[number];
  direction: (typeof DIRECTIONS)[number];
  aggregation: (typeof AGGREGATIONS)[number];
  frequency: (typeof FREQUENCIES)[number];
  /** Baseline as typed in `Indikatorer` (a year as a number, a tertial as text). */
  baseline: { value: number; period: string | number } | null;
  target: number | null;
  genderSplit: boolean;
  /**
   * Per source (Part-ID, in `Källa` order): one figure per pledge tertial
   * (T2 2024 … T3 2025) or per year (2024, 2025). Counts split by sex get
   * their women/men parts from `womenShare`.
   */
  reports: Readonly<Record<string, readonly (number | Reported)[]>>;
  /** Share of women for split counts given as plain numbers. */
  womenShare?: number;
}

export const PLEDGE_TERTIALS = ["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025"] as const;
export const PLEDGE_YEARS = [2024, 2025] as const;

export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  {
    id: "I1",
    name: "Problemindex i polisens trygghetsmätning (0–6)",
    unit: "Index",
    direction: "Lägre är bättre",
    aggregation: "Medel",
    frequency: "År",
    baseline: { value: 3.4, period: 2023 },
    target: 2.8,
    genderSplit: false,
    reports: { POL: [3.2, 2.9] },
  },
  {
    id: "I2",
    name: "Andel som känner sig otrygga ute sent en kväll",
    unit: "Procent",
    direction: "Lägre är bättre",
    aggregation: "Medel",
    frequency: "År",
    baseline: { value: 44, period: 2023 },
    target: 35,
    genderSplit: true,
    reports: {
      POL: [
        { value: 41.5, women: 50, men: 33 },
        { value: 38.5, women: 45, men: 32 },
      ],
    },
  },
  {
    id: "I3",
    name: "Anmälda brott i Skäggetorp",
    unit: "Antal",
    direction: "Lägre är bättre",
    aggregation: "Summa",
    frequency: "Tertial",
    baseline: { value: 212, period: "T1 2024" },
    target: 170,
    genderSplit: false,
    reports: { POL: [205, 198, 181, 165, 172] },
  },
  {
    id: "I4",
    name: "Skadegörelseärenden hos bostadsbolagen",
    unit: "Antal",
    direction: "Lägre är bättre",
    aggregation: "Summa",
    frequency: "Tertial",
    baseline: { value: 88, period: "T1 2024" },
    target: 55,
    genderSplit: false,
    reports: {
      STG: [38, 35, 31, 27, 24],
      WIL: [20, 19, 17, 15, 14],
      VIC: [17, 16, 15, 13, 11],
      LEJ: [9, 8, 8, 6, 6],
    },
  },
  {
    id: "I5",
    name: "Bränder i fordon och utomhus",
    unit: "Antal",
    direction: "Lägre är bättre",
    aggregation: "Summa",
    frequency: "Tertial",
    baseline: { value: 10, period: "T1 2024" },
    target: 8,
    genderSplit: false,
    reports: { KOM: [11, 13, 12, 15, 17] },
  },
  {
    id: "I6",
    name: "Deltagare i fritidsaktiviteter för barn och unga",
    unit: "Antal",
    direction: "Högre är bättre",
    aggregation: "Summa",
    frequency: "Tertial",
    baseline: { value: 310, period: "T1 2024" },
    target: 500,
    genderSplit: true,
    womenShare: 0.43,
    reports: {
      FRI: [120, 140, 150, 185, 190],
      RFS: [60, 70, 80, 95, 110],
      HBK: [55, 60, 58, 70, 75],
      LUF: [45, 50, 55, 60, 65],
    },
  },
  {
    id: "I7",
    name: "Vuxna som nattvandrat (personer per tertial)",
    unit: "Antal",
    direction: "Högre är bättre",
    aggregation: "Summa",
    frequency: "Tertial",
    baseline: null,
    target: 60,
    genderSplit: false,
    reports: { SVK: [22, 24, 21, 23, 22], IFL: [18, 17, 19, 18, 19] },
  },
  {
    id: "I8",
    name: "Personer som gått till arbete eller studier via Jobcom",
    unit: "Antal",
    direction: "Högre är bättre",
    aggregation: "Summa",
    frequency: "Tertial",
    baseline: { value: 9, period: "T1 2024" },
    target: 15,
    genderSplit: false,
    reports: { JOB: [9, 11, 10, 14, 13] },
  },
  {
    id: "I9",
    name: "Förtroende för polisen",
    unit: "Procent",
    direction: "Högre är bättre",
    aggregation: "Medel",
    frequency: "År",
    baseline: { value: 48, period: 2023 },
    target: 55,
    genderSplit: false,
    reports: { POL: [51, 54] },
  },
  {
    id: "I10",
    name: "Åtgärdade brister från trygghetsvandringar",
    unit: "Antal",
    direction: "Högre är bättre",
    aggregation: "Summa",
    frequency: "Tertial",
    baseline: { value: 12, period: "T1 2024" },
    target: 20,
    genderSplit: false,
    reports: { KOM: [7, 9, 10, 11, 12], STG: [5, 6, 6, 8, 9] },
  },
];
