/**
 * Office's `event.completed()` for one button press, called exactly once: when
 * the press is over, or at the latest after `COMMAND_MAX_MS`, whatever still
 * hangs (a batch Excel holds while a cell is edited, a dialog that never
 * answers). Office keeps the button busy until it is called, and a second call
 * or one that throws must not break the next press.
 */
import { realTimers, type Timers } from "./notice-dialog";

/** Longest a button may stay busy. */
export const COMMAND_MAX_MS = 10 * 60_000;

export function completeOnce(
  complete: () => void,
  log: Pick<Console, "error"> = console,
  timers: Timers = realTimers,
  maxMs = COMMAND_MAX_MS,
): () => void {
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    timers.clear(limit);
    try {
      complete();
    } catch (error) {
      log.error(`event.completed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const limit = timers.set(() => {
    log.error(`the button was still busy after ${maxMs / 60_000} minutes; Office is told it is done`);
    finish();
  }, maxMs);
  return finish;
}
