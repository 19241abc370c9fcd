/**
 * Review of issue 16's list of rows marked with an error (f39cb2c, TableData.errorRows/errorCount): whatever order
 * and however often the read and the checks mark rows, and however their marks interleave with asking for the
 * list, `errorRows()` is exactly the rows i with `hasError(i)`, in row order, each once, and `errorCount` its length.
 */
import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { AKTIVITETER_TABLE } from "../../../src/core/register/layout";
import { readTable } from "../../../src/core/register/read-table";

const HEADERS = AKTIVITETER_TABLE.columns.map((c) => c.header);
const GOOD: Cell[] = [45_800, "Å1", "Träff", "Genomförd", 1, 12, 5, 7, null];
const BAD: Cell[] = ["i morgon", "Å1", "Träff", "Genomförd", "många", 12, 5, 7, null];

type Step = { mark: number } | { ask: true };

describe("the rows marked with an error, as a list (review of issue 16)", () => {
  it("are the rows whose flag says so, in row order, each once, for marks in any order interleaved with asking", () => {
    const table = fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 0, maxLength: 30 });
    const steps = fc.array(fc.oneof({ arbitrary: fc.nat(29).map((mark): Step => ({ mark })), weight: 4 }, { arbitrary: fc.constant<Step>({ ask: true }), weight: 1 }), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(table, steps, (lines, todo) => {
        // Bad rows are marked by the read itself; blank lines between rows make rows stand on lines of their own.
        const values: Cell[][] = [HEADERS];
        for (const [bad, gap] of lines) {
          if (gap) values.push([]);
          values.push([...(bad ? BAD : GOOD)]);
        }
        const { data } = readTable({ name: "Polisen", values }, AKTIVITETER_TABLE);
        expect(data.length).toBe(lines.length);
        const want = () => Array.from({ length: data.length }, (_, i) => i).filter((i) => data.hasError(i));
        const read = want();
        expect(read).toEqual(lines.flatMap(([bad], i) => (bad ? [i] : [])));
        let held: number[] | null = null;
        for (const step of todo) {
          if ("ask" in step) {
            held = [...data.errorRows()];
            expect(held).toEqual(want());
            expect(data.errorCount).toBe(held.length);
          } else if (step.mark < data.length) data.markError(step.mark);
        }
        expect([...data.errorRows()]).toEqual(want());
        expect(data.errorCount).toBe(want().length);
        // A list asked for earlier held what was marked then (the marks after it only add rows).
        if (held !== null) expect(held.every((i) => data.hasError(i))).toBe(true);
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });

  it("is empty and shared for a table with no error, and a row marked twice is listed once", () => {
    const { data } = readTable({ name: "Polisen", values: [HEADERS, GOOD, GOOD, GOOD] }, AKTIVITETER_TABLE);
    expect(data.errorRows()).toEqual([]);
    expect(data.errorCount).toBe(0);
    data.markError(2);
    data.markError(0);
    data.markError(2);
    expect([...data.errorRows()]).toEqual([0, 2]);
    expect(data.errorCount).toBe(2);
    expect([0, 1, 2].map((i) => data.hasError(i))).toEqual([true, false, true]);
  });
});
