/**
 * The first row of each 32-bit hash: open addressing over typed arrays, so a
 * table's rows leave no garbage behind (a Map per tab grew to 20 MB of garbage
 * for the benchmark's register). The arrays are kept from one table to the
 * next: fresh memory for each of 200 tabs cost ~20 ms a check on these machines.
 */
export class FirstByHash {
  private hashes = new Int32Array(0);
  /** Row + 1 in each slot; 0 for an empty slot. */
  private rows = new Int32Array(0);
  private mask = 0;

  /** Forgets every row kept, to keep at most `rows` rows of a new table. */
  reset(rows: number): void {
    let size = 16;
    while (size < rows * 2) size *= 2;
    if (size > this.rows.length) {
      this.hashes = new Int32Array(size);
      this.rows = new Int32Array(size);
    } else this.rows.fill(0, 0, size);
    this.mask = size - 1;
  }

  /** The first row kept with `hash`; when there is none, keeps `row` and gives -1. */
  firstOr(hash: number, row: number): number {
    let slot = (hash ^ (hash >>> 16)) & this.mask;
    while (this.rows[slot] !== 0) {
      if (this.hashes[slot] === hash) return this.rows[slot]! - 1;
      slot = (slot + 1) & this.mask;
    }
    this.hashes[slot] = hash;
    this.rows[slot] = row + 1;
    return -1;
  }
}
