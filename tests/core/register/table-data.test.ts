import type { Cell } from "../../../src/core/cell";
import { AKTIVITETER_TABLE } from "../../../src/core/register/layout";
import { readTable } from "../../../src/core/register/read-table";
import { TabsSource } from "../../../src/core/register/tabs-source";
import { ActivityRows } from "../../../src/core/register/activity-rows";
import { activityObjects } from "../../../src/core/register/activity-source";

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
});
