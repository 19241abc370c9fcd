import type { Cell } from "../../../src/core/cell";
import { AKTIVITETER_TABLE } from "../../../src/core/register/layout";
import { readTable } from "../../../src/core/register/read-table";
import { TabsSource } from "../../../src/core/register/tabs-source";
import { ActivityRows } from "../../../src/core/register/activity-rows";
import { activityObjects } from "../../../src/core/register/activity-source";
import { cellReaders } from "../../../src/core/register/row-schema";
import { Unreadable } from "../../../src/core/values";

const HEADERS: Cell[] = AKTIVITETER_TABLE.columns.map((c) => c.header);
const EMPTY: Cell[] = Array<Cell>(9).fill(null);
const activity = (title: string, participants: Cell = 12): Cell[] => [45_800, "Å1", title, "Genomförd", 1, participants, 5, 7, null];

describe("a table's rows as read", () => {
  it("keep their sheet rows when empty lines stand between them, as at the start", () => {
    const values = [["Rubrik"], HEADERS, activity("A"), activity("B"), EMPTY, EMPTY, activity("C"), EMPTY, activity("D")];
    const { data } = readTable({ name: "Polisen", values, top: 4 }, AKTIVITETER_TABLE);
    expect(data.length).toBe(4);
    expect([0, 1, 2, 3].map((i) => data.row(i))).toEqual([6, 7, 10, 12]);
    expect([0, 1, 2, 3].map((i) => data.cell(i, 2))).toEqual(["A", "B", "C", "D"]);
    expect(data.cellAt(2, "Aktivitet")).toBe("C11");
  });

  it("give the typed value where it differs from the cell, and the cell elsewhere", () => {
    const { data } = readTable(
      { name: "Polisen", values: [HEADERS, activity("A", " 12 "), activity("B", "ca 12"), activity("C")] },
      AKTIVITETER_TABLE,
    );
    const rows = new ActivityRows(data);
    expect([0, 1, 2].map((i) => rows.participants(i))).toEqual([12, undefined, 12]);
    expect([0, 1, 2].map((i) => rows.cell(i, "participants"))).toEqual([" 12 ", "ca 12", 12]);
    expect([0, 1, 2].map((i) => data.hasError(i))).toEqual([false, true, false]);
  });

  it("are left out of the activities once marked as having an error, on any tab", () => {
    const read = (values: Cell[][]) => readTable({ name: "T", values: [HEADERS, ...values] }, AKTIVITETER_TABLE).data;
    const first = read([activity("A"), activity("B")]);
    const empty = read([]);
    const last = read([activity("C"), activity("D", "ca 3")]);
    first.markError(0);
    const source = new TabsSource([first, empty, last].map((d, k) => ({ partnerId: `P${k}`, rows: new ActivityRows(d) })));
    expect(source.length).toBe(2);
    expect(activityObjects(source).map((a) => `${a.partnerId} ${a.title}`)).toEqual(["P0 B", "P2 C"]);
  });

  it("list the rows marked with an error once each, in row order, however often and in whatever order they were marked", () => {
    const values = Array.from({ length: 40 }, (_, r) => activity(`T${r}`, r % 9 === 4 ? "ca 3" : 12));
    const data = readTable({ name: "T", values: [HEADERS, ...values] }, AKTIVITETER_TABLE).data;
    // The read marked rows 4, 13, 22, 31; the checks mark others later, some again, some before the read's.
    for (const i of [30, 2, 13, 39, 2, 0, 31, 17]) data.markError(i);
    const marked = Array.from({ length: data.length }, (_, i) => i).filter((i) => data.hasError(i));
    expect(marked).toEqual([0, 2, 4, 13, 17, 22, 30, 31, 39]);
    expect(data.errorRows()).toEqual(marked);
    expect(data.errorCount).toBe(marked.length);
    data.markError(1);
    expect(data.errorRows()).toEqual([0, 1, 2, 4, 13, 17, 22, 30, 31, 39]);
    // A table without marks, and the activities' count: every row less those marked, across tabs.
    const clean = readTable({ name: "U", values: [HEADERS, activity("A"), activity("B")] }, AKTIVITETER_TABLE).data;
    expect([clean.errorRows(), clean.errorCount]).toEqual([[], 0]);
    const source = new TabsSource([
      { partnerId: "P1", rows: new ActivityRows(data) },
      { partnerId: "P2", rows: new ActivityRows(clean) },
    ]);
    expect(source.length).toBe(40 - 10 + 2);
    expect(activityObjects(source).map((a) => a.title)).toEqual([...values.map((v) => v[2]).filter((_, i) => !data.hasError(i)), "A", "B"]);
  });

  it("read each cell as its column's reader does, whether the cell is settled by the reader or without it", () => {
    // Cells the reader gives back as they are (settled without calling it) and the near misses beside them.
    const cells: Record<number, Cell[]> = {
      0: [45_800, 45_800.75, 0, -3, 2_958_466, "2025-03-14", " 2025-03-14", "#N/A"],
      2: ["Träff", " Träff", "Träff ", "\u00a0Träff", "Träff\u202f", "Träff #3", "#N/A", "  ", "Ö", "träff\u3000", "😀 träff 😀"],
      4: [0, 2, -1, 1.5, -0, "3", " 3 ", "ca 3", Infinity],
      5: [12, 12.5, -12, "12", "1 200", "12 %"],
      8: ["Bra väder.", " Bra", "Bra\n", "#VALUE!", "50 # kvar", null],
    };
    const readers = cellReaders(AKTIVITETER_TABLE);
    for (const [col, list] of Object.entries(cells)) {
      const c = Number(col);
      const rows = list.map((cell) => {
        const row = activity("A");
        row[c] = cell;
        return row;
      });
      const { data } = readTable({ name: "T", values: [HEADERS, ...rows] }, AKTIVITETER_TABLE);
      expect(data.length).toBe(list.length);
      list.forEach((cell, i) => {
        const expected = readers[c]!(cell);
        expect([cell, data.value(i, c)]).toEqual([cell, expected instanceof Unreadable ? undefined : expected]);
        expect([cell, data.hasError(i)]).toEqual([cell, expected instanceof Unreadable]);
      });
    }
  });

  it("are read by the activities' cursor as by the rows, typed values kept apart or not", () => {
    const values = [
      HEADERS,
      activity("A", " 12 "),
      activity("B"),
      EMPTY,
      [45_801, "Å2 – Trygghet", "C", "genomförd", "2", 9, 4, 5, " ok "],
      activity("D"),
    ];
    const { data } = readTable({ name: "T", values }, AKTIVITETER_TABLE);
    const rows = new ActivityRows(data);
    const fromRows = [0, 1, 2, 3].map((i) => [
      rows.date(i),
      rows.measureId(i),
      rows.title(i),
      rows.status(i),
      rows.occasions(i),
      rows.participants(i),
      rows.women(i),
      rows.men(i),
      rows.comment(i) ?? null,
    ]);
    const fromCursor = activityObjects(new TabsSource([{ partnerId: "P", rows }])).map((a) => [
      a.date,
      a.measureId,
      a.title,
      a.status,
      a.occasions,
      a.participants,
      a.women,
      a.men,
      a.comment,
    ]);
    expect(fromCursor).toEqual(fromRows);
    expect(fromCursor[2]).toEqual([45_801, "Å2", "C", "Genomförd", 2, 9, 4, 5, "ok"]);
  });
});
