/**
 * Row heights in a PlanBuilder: kept by row (an array since the Kontroll sheet of a large register set 37 000),
 * given in the plan in row order whatever order they were set in, the last one set for a row kept, and moved
 * with their rows when a table's head is repeated.
 */
import { DEFAULT_ROW_HEIGHT, PlanBuilder } from "../../../src/core/plan/plan-builder";

function builder(): PlanBuilder {
  const b = new PlanBuilder("Blad", "kontroll", [10, 10]);
  for (let r = 0; r < 12; r++) b.addRow([`rad ${r + 1}`, r]);
  return b;
}

describe("PlanBuilder row heights", () => {
  it("come out in row order, the last set for a row kept, unset rows at the default", () => {
    const b = builder();
    b.height(9, 45);
    b.height(2, 30);
    b.height(5, 12.5);
    b.height(2, 60);
    expect(b.heightOf(2)).toBe(60);
    expect(b.heightOf(3)).toBe(DEFAULT_ROW_HEIGHT);
    expect(b.heightOf(40)).toBe(DEFAULT_ROW_HEIGHT);
    expect(b.finish().rows).toEqual([
      { row: 2, height: 60 },
      { row: 5, height: 12.5 },
      { row: 9, height: 45 },
    ]);
  });

  it("move down with their rows when a table's head is repeated, and the copy of the head gets the head's", () => {
    const b = builder();
    b.height(1, 40); // the table's header row
    b.height(4, 20);
    b.height(8, 33);
    b.table(1, 2, 11, 0, 2);
    const copy = b.repeatHead(0, 6);
    expect(copy).toBe(6);
    const plan = b.finish();
    expect(plan.values.length).toBe(13);
    expect(plan.values[6]).toEqual(["rad 2", 1]);
    expect(plan.rows).toEqual([
      { row: 1, height: 40 },
      { row: 4, height: 20 },
      { row: 6, height: 40 },
      { row: 9, height: 33 },
    ]);
  });

  it("keep a row given with addOwnRow as given, padded to the layout", () => {
    const b = new PlanBuilder("Blad", "kontroll", [10, 10, 10]);
    const cells = ["a", 1];
    b.addOwnRow(cells);
    expect(b.finish().values).toEqual([["a", 1, null]]);
  });
});
