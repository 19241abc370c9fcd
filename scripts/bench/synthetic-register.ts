/**
 * A synthetic register of any size for benchmarks and limit tests:
 * `tabs` partner tabs with `rows` activity rows each, and indicator values to match
 * (every partner reports two tertial indicators for every pledge tertial).
 */
import type { Cell, WorkbookGrids } from "../../src/core/cell";
import { serialFromYMD } from "../../src/core/date";
import { AKTIVITETER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, PARTER_TABLE, VARDEN_TABLE } from "../../src/core/register/layout";

const headers = (t: { columns: readonly { header: string }[] }) => t.columns.map((c) => c.header) as Cell[];
const TERTIALS = ["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025"];
const FOCUS = ["Trygghet och trivsel", "Tillit till samhället", "Barn och unga", "Kvinnors trygghet"];

export function syntheticRegister(tabs: number, rows: number): WorkbookGrids {
  const from = serialFromYMD(2024, 8, 1)!;
  const to = serialFromYMD(2025, 12, 31)!;
  const ids = Array.from({ length: tabs }, (_, i) => `P${String(i + 1).padStart(3, "0")}`);
  const measures = Array.from({ length: 15 }, (_, i) => [`Å${i + 1}`, `Åtgärd ${i + 1}`, FOCUS[i % 4]!, ids[i % tabs]!, ids.join(";"), null, null, `I${(i % 10) + 1}`, "Pågår"] as Cell[]);
  const indicators = Array.from({ length: 10 }, (_, i) => [
    `I${i + 1}`,
    `Indikator ${i + 1}`,
    i === 3 ? "Procent" : "Antal",
    ids.join(";"),
    i % 2 ? "Högre är bättre" : "Lägre är bättre",
    i === 3 ? "Medel" : "Summa",
    "Tertial",
    100 + i,
    "T1 2024",
    80 + i,
    i === 3 ? "Ja" : "Nej",
  ] as Cell[]);
  const sheets: WorkbookGrids["sheets"] = [
    { name: "Löfte", values: [["Fält", "Värde"], ["Namn", "Syntetiskt löfte"], ["Giltig från", from], ["Giltig till", to]] },
    { name: "Parter", values: [headers(PARTER_TABLE), ...ids.map((id) => [id, `Part ${id}`, "Annan", `Flik ${id}`] as Cell[])] },
    { name: "Åtgärder", values: [headers(ATGARDER_TABLE), ...measures] },
    { name: "Indikatorer", values: [headers(INDIKATORER_TABLE), ...indicators] },
  ];
  ids.forEach((id, p) => {
    const values: Cell[][] = [];
    for (const [k, t] of TERTIALS.entries()) {
      for (const ind of [(p % 10) + 1, ((p + 3) % 10) + 1]) {
        const split = ind === 4;
        values.push([t, `I${ind}`, 20 + ((p * 7 + k * 3) % 50), split ? 10 : null, split ? 9 : null, null]);
      }
    }
    const grid: Cell[][] = [[`Flik ${id}`], ["Hjälptext"], [...headers(AKTIVITETER_TABLE), null, ...headers(VARDEN_TABLE)]];
    for (let r = 0; r < Math.max(rows, values.length); r++) {
      const activity: Cell[] =
        r < rows ? [from + ((r * 37 + p) % (to - from)), `Å${(r % 15) + 1}`, `Aktivitet ${r}`, r % 9 ? "Genomförd" : "Planerad", 1, 10 + (r % 20), 5, 4, r % 50 ? null : "Kommentar"] : Array(9).fill(null);
      grid.push([...activity, null, ...(values[r] ?? Array(6).fill(null))]);
    }
    sheets.push({ name: `Flik ${id}`, values: grid });
  });
  return { sheets };
}
