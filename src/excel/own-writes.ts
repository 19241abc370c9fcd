/**
 * The add-in's own writes, so the pane does not hear them as a person's edits.
 * Excel raises WorksheetChanged for the values the add-in writes and
 * WorksheetActivated for the sheet it activates; on Windows and Mac freezing
 * the panes of a sheet that is not active raises WorksheetActivated for that
 * sheet too (OfficeDev/office-js#3148), while the sheet on screen stays the same.
 * Events arrive after the request that caused them, so a sheet counts as being
 * written while its write is in flight and for a short grace period after it.
 *
 * Why not `context.runtime.enableEvents = false` (ExcelApi 1.8) around a write:
 * it silences this runtime's handlers for every sheet, so a person's edit of
 * another tab during the write would be lost, and a write that fails half way
 * would leave the events off unless one more request turns them on again.
 */
import { sheetNameKey } from "../core/plan/sheet-names";

/** How long after a write ends its events may still arrive. */
export const OWN_EVENT_GRACE_MS = 1500;

const key = sheetNameKey;

export class OwnWrites {
  private readonly inFlight = new Map<string, number>();
  private readonly endedAt = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly graceMs = OWN_EVENT_GRACE_MS,
  ) {}

  /** Runs `work` with `sheets` marked as being written by the add-in. */
  async around<T>(sheets: readonly string[], work: () => Promise<T>): Promise<T> {
    const keys = [...new Set(sheets.map(key))];
    for (const k of keys) this.inFlight.set(k, (this.inFlight.get(k) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const at = this.now();
      for (const k of keys) {
        const left = (this.inFlight.get(k) ?? 1) - 1;
        if (left > 0) this.inFlight.set(k, left);
        else this.inFlight.delete(k);
        this.endedAt.set(k, at);
      }
    }
  }

  /** True while `sheet` is being written, or its write ended less than the grace period ago. */
  touches(sheet: string): boolean {
    const k = key(sheet);
    if (this.inFlight.has(k)) return true;
    const ended = this.endedAt.get(k);
    if (ended === undefined) return false;
    if (this.now() - ended <= this.graceMs) return true;
    this.endedAt.delete(k);
    return false;
  }
}
