/**
 * Finds activity rows that are the same as an earlier row: every value equal
 * as read (a date typed as a serial or as ISO text, `1200` or `1 200`), text
 * by the comparison key (`cellKey`, which is `fold`).
 *
 * Rows are first grouped by a hash of their numbers alone (date and counts;
 * 5 and "5" meet): rows equal in every cell are equal in those, so a row whose
 * numbers meet no earlier row's has no duplicate, and that is nearly every
 * row. Only rows whose numbers meet are hashed in full (titles and comments,
 * most of the characters), and only rows whose full hashes meet are compared
 * as text. Hashing every character of 400 000 rows was a sixth of a large
 * register's check.
 */
import { ACTIVITY_COLUMN } from "../register/activity-rows";
import type { TableData } from "../register/read-table";
import { FirstByHash } from "./first-by-hash";
import type { Cell } from "../cell";
import { cellKey, comparedCell, lineNumbersHash, numbersHash, rowHash } from "./row-hash";

export { cellKey } from "./row-hash";

/** The columns of the first hash: few characters each, and where activities differ most. */
const NUMBERS = [ACTIVITY_COLUMN.date, ACTIVITY_COLUMN.occasions, ACTIVITY_COLUMN.participants, ACTIVITY_COLUMN.women, ACTIVITY_COLUMN.men];
const [N0, N1, N2, N3, N4] = NUMBERS as [number, number, number, number, number];

/** What makes two activity rows "the same": every typed value, text by the comparison key. */
function rowSignature(data: TableData, i: number): string {
  let s = "";
  for (let c = 0; c < data.at.length; c++) s += `${cellKey(comparedCell(data, i, c))}\u0001`;
  return s;
}

/** The search over one table at a time; `of` starts the next (its tables are reused, see `FirstByHash`). */
export class SameRows {
  private data: TableData | null = null;
  private readonly byNumbers = new FirstByHash();
  /** Rows whose numbers met another row's, by the hash of all their cells. */
  private readonly byHash = new FirstByHash();
  /** 1 for a row kept in `byHash`. */
  private hashed = new Uint8Array(0);
  /** For full hashes that two rows met on: the first row of each signature. */
  private readonly bySignature = new Map<number, Map<string, number>>();
  /** The grid index of each of the NUMBERS columns in the table (-1: absent), for `lineNumbersHash`. */
  private a0 = -1;
  private a1 = -1;
  private a2 = -1;
  private a3 = -1;
  private a4 = -1;

  /** Starts the search over a table's rows, forgetting the table before. */
  of(data: TableData): this {
    this.data = data;
    this.byNumbers.reset(data.length);
    this.byHash.reset(data.length);
    if (this.hashed.length < data.length) this.hashed = new Uint8Array(data.length);
    else this.hashed.fill(0, 0, data.length);
    this.bySignature.clear();
    const at = data.at;
    [this.a0, this.a1, this.a2, this.a3, this.a4] = [at[N0]!, at[N1]!, at[N2]!, at[N3]!, at[N4]!];
    return this;
  }

  /**
   * The index of the first earlier row the same as row `i`, or -1. Rows are given in order. `line`: the row's
   * `plainLine` when the caller has it (null: the row's values are read through the table).
   */
  firstSameAs(i: number, line: readonly Cell[] | null = this.data!.plainLine(i)): number {
    const numbers =
      line !== null ? lineNumbersHash(line, this.a0, this.a1, this.a2, this.a3, this.a4) : numbersHash(this.data!, i, NUMBERS);
    const first = this.byNumbers.firstOr(numbers, i);
    if (first < 0) return -1;
    // The first row with these numbers is compared in full only now; no row before it can equal it.
    if (this.hashed[first] === 0) this.sameInFull(first);
    return this.sameInFull(i);
  }

  /** Among the rows compared in full so far (in order), the first the same as row `i`, or -1; keeps row `i`. */
  private sameInFull(i: number): number {
    const data = this.data!;
    this.hashed[i] = 1;
    const hash = rowHash(data, i);
    const firstWithHash = this.byHash.firstOr(hash, i);
    if (firstWithHash < 0) return -1;
    let signatures = this.bySignature.get(hash);
    if (!signatures) {
      signatures = new Map([[rowSignature(data, firstWithHash), firstWithHash]]);
      this.bySignature.set(hash, signatures);
    }
    const signature = rowSignature(data, i);
    const first = signatures.get(signature);
    if (first === undefined) signatures.set(signature, i);
    return first ?? -1;
  }
}
