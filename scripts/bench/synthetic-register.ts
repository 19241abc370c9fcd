/**
 * A synthetic register of any size for benchmarks and limit tests: `tabs`
 * partner tabs with `rows` activity rows each, and indicator values to match
 * (every partner reports its two indicators for every pledge tertial, and
 * `Källa` names exactly the partners that report each indicator).
 *
 * The values look like a real register's: activity titles as partners write
 * them, participants split into women and men, dates spread over the pledge up
 * to `BENCH_TODAY`, each partner working on three measures it is named on, and
 * about one row in 400 carrying a mistake people make (a count typed as text,
 * a split larger than the total, a period written loosely), so the checks have
 * findings to report and the Kontroll sheet has rows to write.
 */
import type { Cell, WorkbookGrids } from "../../src/core/cell";
import { serialFromYMD } from "../../src/core/date";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  PARTER_TABLE,
  PARTNER_TYPES,
  VARDEN_TABLE,
} from "../../src/core/register/layout";

const headers = (t: { columns: readonly { header: string }[] }) => t.columns.map((c) => c.header) as Cell[];
const TERTIALS = ["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025"];
const FOCUS = ["Trygghet och trivsel", "Tillit till samhället", "Barn och unga", "Kvinnors trygghet"];
const TITLES = [
  "Nattvandring",
  "Läxhjälp",
  "Fotbollsträning",
  "Öppen förskola",
  "Trygghetsvandring",
  "Samtalsgrupp för kvinnor",
  "Föräldracafé",
  "Sommarjobbsmässa",
  "Fritidsgård kväll",
  "Medborgardialog",
];
const MEASURES = 15;
const INDICATORS = 10;
/** The split indicator (a percentage, mean of reporters, women and men apart). */
const SPLIT = 4;

export interface SyntheticCounts {
  tabs: number;
  activityRows: number;
  valueRows: number;
  /** Data rows of every table: pledge settings, partners, measures, indicators, activities, values. */
  rows: number;
}

/** The indicators partner `p` (0-based) reports, 1-based IDs. */
const indicatorsOf = (p: number): number[] => [(p % INDICATORS) + 1, ((p + 3) % INDICATORS) + 1];
/** The measures partner `p` works on, 1-based IDs. */
const measuresOf = (p: number): number[] => [(p % MEASURES) + 1, ((p + 5) % MEASURES) + 1, ((p + 10) % MEASURES) + 1];

/** How many rows `syntheticRegister(tabs, rows)` holds. */
export function syntheticCounts(tabs: number, rows: number): SyntheticCounts {
  const activityRows = tabs * rows;
  const valueRows = tabs * TERTIALS.length * 2;
  return { tabs, activityRows, valueRows, rows: 3 + tabs + MEASURES + INDICATORS + activityRows + valueRows };
}

function activityRow(p: number, r: number, from: number, span: number): Cell[] {
  const measure = measuresOf(p)[r % 3]!;
  const participants = 5 + ((r * 13 + p * 7) % 36);
  const women = Math.floor(participants * (0.35 + ((r + p) % 5) * 0.05));
  const men = participants - women - (r % 4 === 0 ? 1 : 0);
  const row: Cell[] = [
    // Spread evenly over the pledge.
    from + ((r * 41 + p * 11) % span),
    `Å${measure}`,
    `${TITLES[(r + p) % TITLES.length]}, träff ${Math.floor(r / TITLES.length) + 1}`,
    r % 11 === 0 ? "Planerad" : r % 23 === 0 ? "Inställd" : "Genomförd",
    1 + (r % 3),
    participants,
    women,
    men,
    r % 40 === 0 ? "Fler deltagare än vanligt, bra väder." : null,
  ];
  // Mistakes people make, about one row in 400 (see the file comment).
  const fault = (r * 31 + p * 17) % 400;
  if (fault === 0) row[5] = `ca ${participants}`;
  if (fault === 1) row[6] = participants + 3;
  if (fault === 2) row[0] = "den 3 maj";
  return row;
}

function valueRows(p: number): Cell[][] {
  const values: Cell[][] = [];
  for (const [k, t] of TERTIALS.entries()) {
    for (const ind of indicatorsOf(p)) {
      if (ind === SPLIT) {
        // A survey share in percent: women somewhat below men, the total between them.
        const men = 62 + ((p * 3 + k * 2) % 15);
        const women = men - 6 - (p % 5);
        values.push([
          k === 2 && p % 50 === 7 ? `tertial ${t.slice(1, 2)} ${t.slice(3)}` : t,
          `I${ind}`,
          Math.round((women + men) / 2),
          women,
          men,
          null,
        ]);
      } else {
        // A count that falls slowly over the pledge, as the pledge hopes.
        values.push([
          t,
          `I${ind}`,
          Math.max(0, 40 - k * 3 + ((p * 7) % 25)),
          null,
          null,
          k === 4 && p % 10 === 0 ? "Preliminär siffra" : null,
        ]);
      }
    }
  }
  return values;
}

export function syntheticRegister(tabs: number, rows: number): WorkbookGrids {
  const from = serialFromYMD(2024, 8, 1)!;
  const to = serialFromYMD(2025, 12, 31)!;
  const span = to - from + 1;
  const ids = Array.from({ length: tabs }, (_, i) => `P${String(i + 1).padStart(3, "0")}`);
  const onMeasure = (m: number) => ids.filter((_, p) => measuresOf(p).includes(m));
  const sources = (i: number) => ids.filter((_, p) => indicatorsOf(p).includes(i));
  const measures = Array.from({ length: MEASURES }, (_, i) => {
    const involved = onMeasure(i + 1);
    return [
      `Å${i + 1}`,
      `Åtgärd ${i + 1} för ett tryggare Skäggetorp`,
      FOCUS[i % 4]!,
      involved[0] ?? ids[0]!,
      involved.slice(1).join("; "),
      null,
      null,
      `I${(i % INDICATORS) + 1}`,
      "Pågår",
    ] as Cell[];
  });
  const indicators = Array.from({ length: INDICATORS }, (_, i) => {
    const split = i + 1 === SPLIT;
    return [
      `I${i + 1}`,
      split ? "Andel som känner sig trygga i området (%)" : `Indikator ${i + 1} (antal)`,
      split ? "Procent" : "Antal",
      sources(i + 1).join(", "),
      split || i % 2 ? "Högre är bättre" : "Lägre är bättre",
      split ? "Medel" : "Summa",
      "Tertial",
      split ? 60 : 40 * Math.ceil(tabs / INDICATORS) * 2,
      "T1 2024",
      split ? 75 : 30 * Math.ceil(tabs / INDICATORS) * 2,
      split ? "Ja" : "Nej",
    ] as Cell[];
  });
  const sheets: WorkbookGrids["sheets"] = [
    {
      name: "Löfte",
      values: [
        ["Fält", "Värde"],
        ["Namn", "Syntetiskt medborgarlöfte"],
        ["Område", "Skäggetorp"],
        ["Giltig från", from],
        ["Giltig till", to],
      ],
    },
    {
      name: "Parter",
      values: [
        headers(PARTER_TABLE),
        ...ids.map((id, p) => [id, `Part ${id}`, PARTNER_TYPES[p % PARTNER_TYPES.length]!, `Flik ${id}`] as Cell[]),
      ],
    },
    { name: "Åtgärder", values: [headers(ATGARDER_TABLE), ...measures] },
    { name: "Indikatorer", values: [headers(INDIKATORER_TABLE), ...indicators] },
  ];
  ids.forEach((id, p) => {
    const values = valueRows(p);
    const grid: Cell[][] = [
      [`Flik ${id}`],
      ["Fyll i en rad per aktivitet och ett värde per period."],
      [...headers(AKTIVITETER_TABLE), null, ...headers(VARDEN_TABLE)],
    ];
    for (let r = 0; r < Math.max(rows, values.length); r++) {
      const activity = r < rows ? activityRow(p, r, from, span) : Array<Cell>(9).fill(null);
      grid.push([...activity, null, ...(values[r] ?? Array<Cell>(6).fill(null))]);
    }
    sheets.push({ name: `Flik ${id}`, values: grid });
  });
  return asHostGives(sheets);
}

/**
 * The sheets as a host hands their cells over: Office.js parses the JSON of its response (and the xlsx reader
 * makes each text from the file's bytes), so every text is a flat string of its own and a sheet's rows lie
 * together in memory. The titles made above with template literals are V8 cons strings (two pointers, followed
 * at every character read) spread over the heap, on which the core's checks took ~40 % more CPU than on the same
 * cells parsed (docs/performance.md, 3 December 2026). Every cell is a text, a finite number or null: the round
 * trip keeps each value.
 */
function asHostGives(sheets: WorkbookGrids["sheets"]): WorkbookGrids {
  return { sheets: sheets.map((s) => ({ ...s, values: JSON.parse(JSON.stringify(s.values)) as Cell[][] })) };
}
