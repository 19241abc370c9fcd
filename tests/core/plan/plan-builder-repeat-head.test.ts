/**
 * `PlanBuilder.repeatHead` moves the plan's styles, number formats, conditional formats and merges as numbers
 * while table heads are repeated, and writes each range out once (`finish`): a report of 3 000 indicator rows
 * took 8 s a plan when every range was parsed and written again at every head. The reference here is the code
 * it replaced, on the range texts: at each head every range from the inserted rows on moves down, one over
 * them is cut in two (a merge stretches), and the head's styles, merges and formats are copied onto the copy.
 * Seeded random builders (ranges over the insert row, inside and partly inside the head, single cells, merges
 * written "A5:A5" or backwards, styles added between heads) give the same lists, in the same order.
 */
import { a1, a1Range, parseA1, parseRange } from "../../../src/core/address";
import { PlanBuilder } from "../../../src/core/plan/plan-builder";
import type { CellStyle, ConditionalFormat, SheetPlan } from "../../../src/core/plan/sheet-plan";
import { seededRandom } from "../../support/seeded-random";

type Lists = Pick<SheetPlan, "styles" | "numberFormats" | "conditionalFormats" | "merges">;

/** The replaced `insertRows`, for the four lists. */
function referenceInsert(p: Lists, at: number, count: number): void {
  const row = (r: number) => (r >= at ? r + count : r);
  const cell = (ref: string) => {
    const q = parseA1(ref);
    return a1(row(q.row), q.col);
  };
  const split = (range: string): string[] => {
    const r = parseRange(range);
    const end = r.row + r.rows - 1;
    if (end < at) return [range];
    if (r.row >= at) return [a1Range(r.row + count, r.col, r.rows, r.cols)];
    return [a1Range(r.row, r.col, at - r.row, r.cols), a1Range(at + count, r.col, end - at + 1, r.cols)];
  };
  const stretch = (range: string): string => {
    const [a, b] = range.split(":");
    return b === undefined ? cell(a!) : `${cell(a!)}:${cell(b)}`;
  };
  p.styles = p.styles.flatMap((s) => split(s.range).map((range) => ({ range, style: s.style })));
  p.numberFormats = p.numberFormats.flatMap((f) => split(f.range).map((range) => ({ range, format: f.format })));
  p.conditionalFormats = p.conditionalFormats.flatMap((c) => split(c.range).map((range) => ({ ...c, range })));
  p.merges = p.merges.map(stretch);
}

/** The replaced `repeatHead`'s copies of the head (rows head..headLast, columns c0..c0+n-1) onto rows from `row`. */
function referenceRepeat(p: Lists, head: number, headLast: number, c0: number, n: number, row: number): void {
  referenceInsert(p, row, headLast - head + 1);
  const shift = row - head;
  const within = (range: string) => {
    const r = parseRange(range);
    return r.row >= head && r.row + r.rows - 1 <= headLast && r.col >= c0 && r.col + r.cols <= c0 + n;
  };
  const moved = (range: string) => {
    const r = parseRange(range);
    return a1Range(r.row + shift, r.col, r.rows, r.cols);
  };
  for (const s of p.styles.filter((s) => within(s.range))) p.styles.push({ range: moved(s.range), style: s.style });
  for (const m of p.merges.filter(within)) p.merges.push(moved(m));
  for (const f of p.numberFormats.filter((f) => within(f.range))) p.numberFormats.push({ range: moved(f.range), format: f.format });
}

/** A whole number below n, from the seeded generator. */
function random(seed: number): (n: number) => number {
  const next = seededRandom(seed);
  return (n) => Math.floor(next() * n);
}

const STYLES: CellStyle[] = [{ font: { bold: true } }, { fill: "#DDEBF7" }, { wrap: true }];

/** A builder of 40 rows × 6 columns with random ranges, and the same lists for the reference. */
function randomBuilder(next: (n: number) => number): { b: PlanBuilder; ref: Lists } {
  const b = new PlanBuilder("Blad", "rapport", [10, 10, 10, 10, 10, 10]);
  for (let r = 0; r < 40; r++) b.addRow([`rad ${r}`]);
  const ref: Lists = { styles: [], numberFormats: [], conditionalFormats: [], merges: [] };
  for (let k = 0; k < 60; k++) addRandom(b, ref, next, 40);
  return { b, ref };
}

/** One random style, format, conditional format or merge, in both. */
function addRandom(b: PlanBuilder, ref: Lists, next: (n: number) => number, rows: number): void {
  const [row, col] = [next(rows), next(6)];
  const range = a1Range(row, col, 1 + next(next(3) === 0 ? 12 : 3), 1 + next(6 - col));
  const kind = next(5);
  if (kind === 0) {
    const style = STYLES[next(STYLES.length)]!;
    b.style(range, style);
    ref.styles.push({ range, style });
  } else if (kind === 1) {
    b.format(range, "0.0");
    ref.numberFormats.push({ range, format: "0.0" });
  } else if (kind === 2) {
    const cf: ConditionalFormat = { kind: "textEquals", range, text: "fel", fill: "#FFC7CE", fontColor: "#9C0006" };
    b.conditional(cf);
    ref.conditionalFormats.push(cf);
  } else {
    // Merges as layouts write them, and as they could be written: one cell twice, corners backwards.
    const r = parseRange(range);
    const way = next(3);
    const merge =
      way === 0
        ? range
        : way === 1
          ? `${a1(r.row, r.col)}:${a1(r.row, r.col)}`
          : `${a1(r.row + r.rows - 1, r.col + r.cols - 1)}:${a1(r.row, r.col)}`;
    b.merge(merge);
    ref.merges.push(merge);
  }
}

const lists = (p: SheetPlan): Lists => ({
  styles: p.styles,
  numberFormats: p.numberFormats,
  conditionalFormats: p.conditionalFormats,
  merges: p.merges,
});

describe("PlanBuilder.repeatHead", () => {
  it("moves, cuts, stretches and copies every range as the range texts were, over 300 random builders", () => {
    let copies = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const { b, ref } = randomBuilder(next);
      // A table: head rows 2–3 (columns B–E), body 4..39; heads repeated at growing rows, sometimes more ranges between.
      b.groupHeaders.add(2);
      b.table(3, 4, 39, 1, 4);
      expect([b.tables[0]!.head, b.tables[0]!.headLast]).toEqual([2, 3]);
      let at = 5;
      for (let h = 0; h < 1 + next(5); h++) {
        at += 1 + next(8);
        if (at >= b.next) break;
        const t = b.tables[0]!;
        const [head, headLast] = [t.head, t.headLast];
        b.repeatHead(0, at);
        referenceRepeat(ref, head, headLast, 1, 4, at);
        copies++;
        if (next(3) === 0) addRandom(b, ref, next, b.next);
        at += headLast - head + 1;
      }
      const plan = b.finish();
      expect([seed, lists(plan)]).toEqual([seed, ref]);
    }
    expect(copies).toBeGreaterThan(600);
  });

  it("copies the head's merges and styles onto the copy, and cuts a style over the inserted rows", () => {
    const b = new PlanBuilder("Blad", "rapport", [10, 10, 10]);
    for (let r = 0; r < 10; r++) b.addRow([`rad ${r}`]);
    b.merge("A2:C2");
    b.style("A2:C2", { font: { bold: true } });
    b.style("A1:A10", { fill: "#DDEBF7" });
    b.format("B3:B10", "0.0");
    b.table(1, 2, 9, 0, 3);
    expect(b.repeatHead(0, 6)).toBe(6);
    const plan = b.finish();
    expect(plan.merges).toEqual(["A2:C2", "A7:C7"]);
    expect(plan.styles).toEqual([
      { range: "A2:C2", style: { font: { bold: true } } },
      { range: "A1:A6", style: { fill: "#DDEBF7" } },
      { range: "A8:A11", style: { fill: "#DDEBF7" } },
      { range: "A7:C7", style: { font: { bold: true } } },
    ]);
    expect(plan.numberFormats).toEqual([
      { range: "B3:B6", format: "0.0" },
      { range: "B8:B11", format: "0.0" },
    ]);
  });
});
