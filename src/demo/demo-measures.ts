/**
 * The pledge's measures (Åtgärder) and, for each, how its partners' activities
 * look: titles, how often they happen, how many come and how many are women.
 */
import type { FOCUS_AREAS, MEASURE_STATUSES } from "../core/register/layout";

export interface ActivityPattern {
  titles: readonly string[];
  /** How busy the measure is: the responsible partner logs about 0.6 × this many activities a tertial, each other partner 0.2 ×. */
  perTertial: number;
  occasions: readonly [number, number];
  /** Participants per activity; null where nobody is counted (lighting rounds). */
  participants: readonly [number, number] | null;
  /** Share of participants who are women or girls. */
  womenShare: readonly [number, number];
  /** Allowed weekdays, 0 = Sunday; all days when absent. */
  weekdays?: readonly number[];
  /** Titles follow the school holidays (sportlov, påsklov, …) instead of `titles`. */
  holidays?: boolean;
}

export interface DemoMeasure {
  id: string;
  title: string;
  focus: (typeof FOCUS_AREAS)[number];
  responsible: string;
  involved: readonly string[];
  /** ISO dates; null when the measure runs without set dates. */
  start: string | null;
  end: string | null;
  indicators: readonly string[];
  status: (typeof MEASURE_STATUSES)[number];
  /** How the `Medverkande` list is typed (people use both). */
  separator: ", " | "; ";
  activity: ActivityPattern;
}

const WEEKEND_NIGHTS = [5, 6] as const;

export const DEMO_MEASURES: readonly DemoMeasure[] = [
  {
    id: "Å1",
    title: "Trygghetsvandringar med boende, särskilt kvinnor",
    focus: "Kvinnors trygghet",
    responsible: "KOM",
    involved: ["POL", "STG", "WIL", "VIC", "LEJ", "VMA"],
    start: "2024-08-15",
    end: "2025-11-30",
    indicators: ["I2", "I10"],
    status: "Genomförd",
    separator: ", ",
    activity: {
      titles: ["Trygghetsvandring i centrum", "Trygghetsvandring längs gång- och cykelvägar", "Kvällsvandring med kvinnor i området"],
      perTertial: 3,
      occasions: [1, 1],
      participants: [8, 26],
      womenShare: [0.55, 0.75],
    },
  },
  {
    id: "Å2",
    title: "Bättre belysning och röjning av buskage",
    focus: "Trygghet och trivsel",
    responsible: "STG",
    involved: ["KOM", "WIL", "VIC", "LEJ"],
    start: "2024-09-01",
    end: "2025-11-30",
    indicators: ["I2", "I10"],
    status: "Genomförd",
    separator: ", ",
    activity: {
      titles: ["Byte till ny belysning vid gångstråk", "Röjning av buskage vid lekplats", "Ronda för trasig belysning"],
      perTertial: 3,
      occasions: [1, 3],
      participants: null,
      womenShare: [0, 0],
    },
  },
  {
    id: "Å3",
    title: "Nattvandring helger och lov",
    focus: "Trygghet och trivsel",
    responsible: "SVK",
    involved: ["IFL", "OSM", "RKR"],
    start: null,
    end: null,
    indicators: ["I7", "I3"],
    status: "Pågår",
    separator: "; ",
    activity: {
      titles: ["Nattvandring i centrum", "Nattvandring kring skolan och fritidsgården"],
      perTertial: 5,
      occasions: [1, 1],
      participants: [4, 12],
      womenShare: [0.3, 0.6],
      weekdays: WEEKEND_NIGHTS,
    },
  },
  {
    id: "Å4",
    title: "Lovaktiviteter för barn och unga",
    focus: "Barn och unga",
    responsible: "FRI",
    involved: ["RFS", "HBK", "LUF", "ATK", "IKEA"],
    start: "2024-08-01",
    end: "2025-12-31",
    indicators: ["I6"],
    status: "Genomförd",
    separator: ", ",
    activity: { titles: [], holidays: true, perTertial: 6, occasions: [1, 5], participants: [12, 60], womenShare: [0.35, 0.5] },
  },
  {
    id: "Å5",
    title: "Läxhjälp för grundskoleelever",
    focus: "Barn och unga",
    responsible: "ABF",
    involved: ["RKR", "IHU", "IFL", "SVK"],
    start: "2024-09-02",
    end: "2025-12-19",
    indicators: ["I6"],
    status: "Genomförd",
    separator: ", ",
    activity: {
      titles: ["Läxhjälp på biblioteket", "Läxhjälp inför nationella prov", "Läxhjälp i matematik och svenska"],
      perTertial: 4,
      occasions: [4, 12],
      participants: [8, 30],
      womenShare: [0.45, 0.65],
      weekdays: [1, 2, 3, 4],
    },
  },
  {
    id: "Å6",
    title: "Föräldraträffar om barns trygghet och risker för kriminalitet",
    focus: "Barn och unga",
    responsible: "KOM",
    involved: ["POL", "IFL", "SVK", "VMA"],
    start: "2024-09-16",
    end: "2025-12-15",
    indicators: ["I9"],
    status: "Pågår",
    separator: ", ",
    activity: {
      titles: [
        "Föräldraträff om sociala medier och grooming",
        "Föräldraträff om droger och rekrytering",
        "Föräldrafika med fältassistenter",
      ],
      perTertial: 2,
      occasions: [1, 1],
      participants: [10, 35],
      womenShare: [0.55, 0.8],
    },
  },
  {
    id: "Å7",
    title: "Kvinnocafé och trygghetskvällar för kvinnor",
    focus: "Kvinnors trygghet",
    responsible: "VMA",
    involved: ["OSM", "RKR", "IHU", "KOM"],
    start: "2024-08-01",
    end: "2025-12-31",
    indicators: ["I2"],
    status: "Genomförd",
    separator: "; ",
    activity: {
      titles: ["Kvinnocafé", "Trygghetskväll för kvinnor", "Självförsvarskurs för kvinnor"],
      perTertial: 4,
      occasions: [1, 2],
      participants: [10, 40],
      womenShare: [1, 1],
    },
  },
  {
    id: "Å8",
    title: "Feriejobb för ungdomar i området",
    focus: "Barn och unga",
    responsible: "JOB",
    involved: ["STG", "WIL", "IKEA", "KOM"],
    start: "2025-03-01",
    end: "2025-08-31",
    indicators: ["I8"],
    status: "Genomförd",
    separator: ", ",
    activity: {
      titles: ["Informationsträff om feriejobb", "Introduktion för feriearbetare", "Feriejobb i utemiljön"],
      perTertial: 3,
      occasions: [1, 3],
      participants: [6, 30],
      womenShare: [0.4, 0.55],
    },
  },
  {
    id: "Å9",
    title: "Samverkan mellan fastighetsägarna om skadegörelse och lägesbild",
    focus: "Trygghet och trivsel",
    responsible: "STG",
    involved: ["WIL", "VIC", "LEJ", "POL", "KOM"],
    start: null,
    end: null,
    indicators: ["I4", "I5"],
    status: "Pågår",
    separator: ", ",
    activity: {
      titles: ["Samverkansmöte fastighetsägare", "Gemensam lägesbild med polisen", "Genomgång av skadegörelse"],
      perTertial: 2,
      occasions: [1, 1],
      participants: [5, 14],
      womenShare: [0.3, 0.6],
    },
  },
  {
    id: "Å10",
    title: "Polisens medborgardialog och öppna möten",
    focus: "Tillit till samhället",
    responsible: "POL",
    involved: ["KOM", "IFL", "SVK", "IHU"],
    start: "2024-08-01",
    end: "2025-12-31",
    indicators: ["I9", "I1"],
    status: "Genomförd",
    separator: ", ",
    activity: {
      titles: ["Medborgardialog i centrum", "Polisen på plats vid torget", "Öppet möte med områdespolisen"],
      perTertial: 3,
      occasions: [1, 1],
      participants: [10, 60],
      womenShare: [0.35, 0.55],
    },
  },
  {
    id: "Å11",
    title: "Jobbcoachning och vägledning till arbete eller studier",
    focus: "Tillit till samhället",
    responsible: "JOB",
    involved: ["ABF", "OSM", "IHU", "IKEA"],
    start: "2024-08-01",
    end: "2025-12-31",
    indicators: ["I8"],
    status: "Pågår",
    separator: ", ",
    activity: {
      titles: ["Jobbcoachning i grupp", "Öppen vägledning", "Studiebesök på arbetsplats"],
      perTertial: 3,
      occasions: [1, 6],
      participants: [4, 18],
      womenShare: [0.4, 0.65],
    },
  },
  {
    id: "Å12",
    title: "Prova-på-idrott för flickor och pojkar",
    focus: "Barn och unga",
    responsible: "RFS",
    involved: ["HBK", "LUF", "ATK"],
    start: "2024-09-01",
    end: "2025-11-30",
    indicators: ["I6"],
    status: "Genomförd",
    separator: ", ",
    activity: {
      titles: ["Prova på fotboll", "Prova på taekwondo", "Tjejkväll i idrottshallen", "Prova på innebandy"],
      perTertial: 3,
      occasions: [1, 3],
      participants: [10, 40],
      womenShare: [0.35, 0.6],
    },
  },
  {
    id: "Å13",
    title: "Trygghetsskapande insatser i centrum",
    focus: "Trygghet och trivsel",
    responsible: "KOM",
    involved: ["POL", "LEJ", "STG"],
    start: "2024-08-01",
    end: "2025-12-31",
    indicators: ["I3", "I4", "I5"],
    status: "Genomförd",
    separator: ", ",
    activity: {
      titles: ["Klotterborttagning i centrum", "Extra städning av torget", "Väktare på torget kvällstid"],
      perTertial: 3,
      occasions: [1, 4],
      participants: null,
      womenShare: [0, 0],
    },
  },
  {
    id: "Å14",
    title: "Öppen idrottshall fredagskvällar",
    focus: "Barn och unga",
    responsible: "ATK",
    involved: ["FRI", "LUF"],
    start: "2024-09-06",
    end: "2025-04-30",
    indicators: ["I6"],
    status: "Avbruten",
    separator: ", ",
    activity: {
      titles: ["Öppen hall fredag"],
      perTertial: 4,
      occasions: [1, 1],
      participants: [15, 45],
      womenShare: [0.2, 0.4],
      weekdays: [5],
    },
  },
  {
    id: "Å15",
    title: "Samhällsinformation på flera språk",
    focus: "Tillit till samhället",
    responsible: "IHU",
    involved: ["RKR", "OSM", "ABF", "VMA", "POL"],
    start: "2024-08-01",
    end: "2025-12-31",
    indicators: ["I9"],
    status: "Genomförd",
    separator: ", ",
    activity: {
      titles: ["Samhällsinformation om skola och förskola", "Informationsträff om vården", "Information om polisen och rättsväsendet"],
      perTertial: 2,
      occasions: [1, 2],
      participants: [8, 30],
      womenShare: [0.45, 0.7],
    },
  },
];
